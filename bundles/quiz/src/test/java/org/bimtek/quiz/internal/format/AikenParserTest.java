package org.bimtek.quiz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AikenParserTest {

    private static final String FILE = "bank.txt";

    /** Parses {@code broken} (which starts on line 6) between two good questions and returns its one problem. */
    private static Problem problemIn(String broken) {
        ParseResult r = AikenParser.parse("Soal sebelum?\nA. ya\nB. tidak\nANSWER: A\n\n" + broken
                + "\n\nSoal sesudah?\nA. ya\nB. tidak\nANSWER: B\n", FILE);
        assertEquals(List.of("Soal sebelum?", "Soal sesudah?"), r.questions().stream().map(ParsedQuestion::text).toList(),
                r.problems().toString());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(FILE, r.problems().get(0).file());
        return r.problems().get(0);
    }

    private static void assertProblem(int line, String messagePart, Problem p) {
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(messagePart), p.toString());
    }

    @Test
    void validFile() throws IOException {
        ParseResult r = AikenParser.parse(new String(GiftCorpusTest.resource("format/aiken.txt"), StandardCharsets.UTF_8),
                "aiken.txt");
        assertEquals(List.of(), r.problems());
        List<ParsedQuestion> q = r.questions();
        assertEquals(3, q.size());

        ParsedQuestion first = q.get(0);
        assertEquals(QuestionType.SINGLE_CHOICE, first.type());
        assertEquals("Menurut Permenpan RB Nomor 83 Tahun 2012, pedoman itu mengatur pemanfaatan\n"
                + "media apa oleh instansi pemerintah?", first.text());
        assertEquals(List.of(new Choice("Media cetak", 0, null), new Choice("Media sosial", 1, null),
                new Choice("Siaran radio", 0, null), new Choice("Papan reklame", 0, null)), first.choices());
        assertEquals(1, first.line());
        assertEquals("aiken.txt", first.file());
        assertEquals(TextFormat.MOODLE, first.format());
        assertNull(first.name());
        assertNull(first.category());

        assertEquals(9, q.get(1).line());
        assertEquals(List.of(new Choice("who", 0, null), new Choice("where", 0, null), new Choice("when", 1, null)),
                q.get(1).choices());
        // No blank line before the third question, and a lower-case "Answer: b".
        assertEquals(14, q.get(2).line());
        assertEquals(List.of(new Choice("16:9", 0, null), new Choice("9:16", 1, null)), q.get(2).choices());
    }

    @Test
    void bomAndWindowsLineEnds() {
        ParseResult r = AikenParser.parse("\uFEFFSatu?\r\nA. a\r\nB. b\r\nANSWER: A\r\n\r\nDua?\r\nA. a\r\nB. b\r\nANSWER: B\r\n",
                FILE);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("Satu?", "Dua?"), r.questions().stream().map(ParsedQuestion::text).toList());
        assertEquals(List.of(1, 6), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void missingAnswerBeforeTheNextQuestion() {
        assertProblem(6, "no ANSWER line", problemIn("Rusak?\nA. a\nB. b"));
    }

    @Test
    void missingAnswerAtTheEndOfTheFile() {
        ParseResult r = AikenParser.parse("Satu?\nA. a\nB. b\nANSWER: A\n\nDua?\nA. a\nB. b\n", FILE);
        assertEquals(List.of(new Problem(FILE, 6,
                "the question has no ANSWER line (write ANSWER: and the letter of the right option)")), r.problems());
        assertEquals(1, r.questions().size());
    }

    @Test
    void answerLetterNotAmongTheOptions() {
        assertProblem(10, "ANSWER: E is not among the options A, B, C", problemIn("Rusak?\nA. a\nB. b\nC. c\nANSWER: E"));
    }

    @Test
    void fewerThanTwoOptions() {
        assertProblem(6, "at least 2 options, found 1", problemIn("Rusak?\nA. a\nANSWER: A"));
    }

    @Test
    void noOptionsAtAll() {
        assertProblem(6, "at least 2 options, found 0", problemIn("Rusak?\nANSWER: A"));
    }

    @Test
    void answerWithoutLetter() {
        assertProblem(9, "ANSWER names no option", problemIn("Rusak?\nA. a\nB. b\nANSWER:"));
    }

    @Test
    void answerWithSeveralLetters() {
        assertProblem(9, "not one option letter", problemIn("Rusak?\nA. a\nB. b\nANSWER: A, B"));
    }

    @Test
    void optionLetterTwice() {
        assertProblem(8, "option A appears twice", problemIn("Rusak?\nA. a\nA. b\nANSWER: A"));
    }

    @Test
    void optionWithoutText() {
        assertProblem(8, "option B has no text", problemIn("Rusak?\nA. a\nB.\nANSWER: A"));
    }

    @Test
    void optionBeforeAnyQuestionText() {
        assertProblem(6, "option A comes before any question text", problemIn("A. a\nB. b\nANSWER: A"));
    }

    @Test
    void answerWithoutQuestion() {
        assertProblem(6, "ANSWER line without a question", problemIn("ANSWER: A"));
    }
}
