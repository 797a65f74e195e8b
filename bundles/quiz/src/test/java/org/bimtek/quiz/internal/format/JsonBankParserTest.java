package org.bimtek.quiz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBankParserTest {

    @Test
    void readsOrderingQuestionsWithTheirItemsInTheRightOrder() {
        ParseResult result = JsonBankParser.parse("""
                {"category": "urutan",
                 "questions": [
                   {"name": "piramida", "type": "ordering", "text": "Urutkan:", "items": ["Judul", "Teras", "Tubuh"], "feedback": "Dari penting."},
                   {"name": "alur", "type": "ordering", "text": "**Alur**", "items": ["A", "B"], "format": "markdown"}
                 ]}
                """, "urutan.json");
        assertEquals(List.of(), result.problems());
        ParsedQuestion first = result.questions().get(0);
        assertEquals(QuestionType.ORDERING, first.type());
        assertEquals("urutan", first.category());
        assertEquals(List.of("Judul", "Teras", "Tubuh"), first.choices().stream().map(Choice::text).toList());
        assertEquals("Dari penting.", first.generalFeedback());
        assertEquals(3, first.line());
        assertEquals(TextFormat.MARKDOWN, result.questions().get(1).format());
    }

    @Test
    void reportsEachBrokenQuestionWithItsLineAndKeepsTheOthers() {
        ParseResult result = JsonBankParser.parse("""
                {"category": "urutan",
                 "questions": [
                   {"name": "salah-jenis", "type": "matching", "text": "x", "items": ["a", "b"]},
                   {"name": "satu-saja", "type": "ordering", "text": "x", "items": ["a"]},
                   {"name": "kembar", "type": "ordering", "text": "x", "items": ["a", "a"]},
                   {"name": "baik", "type": "ordering", "text": "x", "items": ["a", "b"], "warna": "merah"}
                 ]}
                """, "urutan.json");
        assertEquals(1, result.questions().size());
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.get(0).startsWith("urutan.json:3: type must be \"ordering\""), problems.toString());
        assertTrue(problems.get(1).startsWith("urutan.json:4: \"items\" must list 2 to 12"), problems.toString());
        assertTrue(problems.get(2).startsWith("urutan.json:5: item \"a\" is listed twice"), problems.toString());
        assertTrue(problems.get(3).startsWith("urutan.json:6: unknown field \"warna\""), problems.toString());
    }

    @Test
    void invalidJsonIsReportedAtItsLine() {
        ParseResult result = JsonBankParser.parse("{\"questions\": [\n  {\"name\": \"a\",\n  oops}\n]}", "rusak.json");
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().startsWith("invalid JSON"));
    }

    @Test
    void theFileNameChoosesTheFormat() {
        assertEquals(QuestionType.TRUE_FALSE, QuestionFiles.parse("Samarinda di Kaltim {T}", "a.gift").questions().get(0).type());
        assertEquals(QuestionType.SINGLE_CHOICE, QuestionFiles.parse("Ibu kota?\nA. Samarinda\nB. Bontang\nANSWER: A", "a.txt")
                .questions().get(0).type());
        assertTrue(QuestionFiles.parse("x", "soal.docx").problems().get(0).message().startsWith("unknown question file type"));
    }
}
