package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.bimtek.quiz.internal.types.Fixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Random;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswerTypeTest {

    private final ShortAnswerType type = new ShortAnswerType();

    private final QuestionDefinition question = question("short-answer", """
            {'answers': [
              {'text': 'Bangga Buatan Indonesia', 'fraction': 1, 'feedback': 'Tepat.'},
              {'text': 'BBI', 'fraction': 0.5, 'feedback': 'Singkatan diterima sebagian.'},
              {'text': 'Kafé', 'feedback': 'Tanpa fraction berarti benar.'}]}
            """);

    private Grade grade(String text) {
        return type.grade(question, JsonNodeFactory.instance.objectNode().put("text", text));
    }

    @Test
    void nameIsTheContractName() {
        assertEquals("short-answer", type.name());
    }

    @Test
    void presentsNoOptions() {
        ClientQuestion client = type.present(5, question, null);
        assertEquals(new ClientQuestion(5, "short-answer", "Teks soal?", "moodle", List.of(), List.of()), client);
        assertEquals(client, type.present(5, question, new Random(1)));
    }

    @Test
    void presentingLeaksNoAcceptedAnswer() {
        assertNoLeak(type.present(1, question, null), "Bangga Buatan", "BBI", "Kaf", "Tepat", "Singkatan");
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, question, "{'text': 'apa saja'}");
        assertAccepted(type, question, "{'text': ''}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'text': 42}                   | Kolom \"text\" harus berupa teks",
        "{'text': ['BBI']}              | Kolom \"text\" harus berupa teks",
        "{'text': null}                 | Kolom \"text\" tidak ada",
        "{'answer': 'BBI'}              | Kolom \"text\" tidak ada",
        "{'text': 'BBI', 'lang': 'id'}  | Kolom tidak dikenal: lang",
        "'BBI'                          | Jawaban harus berupa objek JSON, misalnya {\"text\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, question, response, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bangga Buatan Indonesia", "bangga buatan indonesia", "BANGGA BUATAN INDONESIA",
        "  Bangga Buatan Indonesia  ", "Bangga   Buatan\tIndonesia", "Bangga\nBuatan Indonesia",
        "Bangga\u00a0Buatan Indonesia", "\u00a0bangga buatan INDONESIA\u2003"})
    void caseAndWhiteSpaceAreForgiven(String text) {
        assertEquals(Grade.of(1, List.of("Tepat.")), grade(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BanggaBuatanIndonesia", "Bangga Buatan Indonesia.", "Bangga Buatan Indonesi", "B B I", ""})
    void nothingElseIsForgiven(String text) {
        assertEquals(Grade.of(0, List.of()), grade(text));
    }

    @Test
    void aPartialAnswerEarnsItsFraction() {
        assertEquals(Grade.of(0.5, List.of("Singkatan diterima sebagian.")), grade(" bbi "));
    }

    @Test
    void anAnswerWithoutAFractionIsFullyRightAndAccentsMatchInEitherUnicodeForm() {
        Grade composed = grade("kaf\u00e9");
        assertEquals(Grade.of(1, List.of("Tanpa fraction berarti benar.")), composed);
        assertEquals(composed, grade("KAFE\u0301"));
        assertEquals(Grade.of(0, List.of()), grade("kafe"));
    }

    @Test
    void theBestMatchingAnswerCounts() {
        QuestionDefinition twice = question("short-answer", """
                {'answers': [{'text': 'PANRB', 'fraction': 0.5, 'feedback': 'Setengah.'},
                             {'text': 'panrb', 'fraction': 1, 'feedback': 'Penuh.'},
                             {'text': 'PAN RB', 'fraction': 0.8}]}
                """);
        assertEquals(Grade.of(1, List.of("Penuh.")), type.grade(twice, json("{'text': 'PanRB'}")));
        assertEquals(Grade.of(0.8, List.of()), type.grade(twice, json("{'text': 'pan  rb'}")));
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> type.grade(question, json("{'text': 1}")));
    }

    @Test
    void brokenDataIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("short-answer", "{'answers': []}"), null));
        assertThrows(IllegalArgumentException.class,
                () -> type.present(1, question("short-answer", "{'answers': [{'text': 'x', 'fraction': -0.5}]}"), null));
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("short-answer", "{'answers': [{}]}"), null));
    }
}
