package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.assertReproducible;
import static org.bimtek.quiz.internal.types.Fixtures.assertShuffled;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.bimtek.quiz.internal.types.Fixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleChoiceTypeTest {

    private final SingleChoiceType type = new SingleChoiceType();

    private final QuestionDefinition question = question("single-choice", """
            {'options': [
              {'id': '3f9a0c1b2d', 'text': 'where', 'fraction': 1, 'feedback': 'Benar, where menanyakan tempat.'},
              {'id': '81c0ffee42', 'text': 'when', 'fraction': 0, 'feedback': 'Bukan, when menanyakan waktu.'},
              {'id': '5d2e7a9b10', 'text': 'judul saja', 'fraction': 0.25},
              {'id': 'c4b3a29180', 'text': 'who', 'fraction': -0.5, 'feedback': 'Bukan, who menanyakan pelaku.'}]}
            """);

    private static final List<ClientOption> IN_ORDER = List.of(new ClientOption("3f9a0c1b2d", "where"),
            new ClientOption("81c0ffee42", "when"), new ClientOption("5d2e7a9b10", "judul saja"),
            new ClientOption("c4b3a29180", "who"));

    @Test
    void nameIsTheContractName() {
        assertEquals("single-choice", type.name());
    }

    @Test
    void withoutShufflingTheOptionsKeepTheirOrder() {
        ClientQuestion client = type.present(3, question, null);
        assertEquals(new ClientQuestion(3, "single-choice", "Teks soal?", "moodle", IN_ORDER, List.of()), client);
    }

    @Test
    void presentingLeaksNoCreditAndNoFeedback() {
        assertNoLeak(type.present(1, question, null), "Benar, where", "Bukan, when", "Bukan, who");
        assertNoLeak(type.present(1, question, new Random(7)), "Benar, where", "Bukan, when", "Bukan, who");
    }

    @Test
    void aSeededRandomShufflesAndKeepsTheIds() {
        assertShuffled(IN_ORDER, type.present(1, question, new Random(42)).options());
        assertReproducible(type, question, 42);
    }

    @Test
    void wellFormedResponsesPass() {
        for (ClientOption o : IN_ORDER) {
            assertAccepted(type, question, "{'choice': '" + o.id() + "'}");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'choice': 'x'}                        | Pilihan tidak dikenal: x",
        "{'choice': '3F9A0C1B2D'}               | Pilihan tidak dikenal: 3F9A0C1B2D",
        "{'choice': 1}                          | Kolom \"choice\" harus berupa teks",
        "{'choice': ['3f9a0c1b2d']}             | Kolom \"choice\" harus berupa teks",
        "{'choice': null}                       | Kolom \"choice\" tidak ada",
        "{}                                     | Kolom \"choice\" tidak ada",
        "{'choices': ['3f9a0c1b2d']}            | Kolom \"choice\" tidak ada",
        "{'choice': '3f9a0c1b2d', 'extra': 1}   | Kolom tidak dikenal: extra",
        "['3f9a0c1b2d']                         | Jawaban harus berupa objek JSON, misalnya {\"choice\": ...}",
        "'3f9a0c1b2d'                           | Jawaban harus berupa objek JSON, misalnya {\"choice\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, question, response, message);
    }

    @Test
    void aMissingResponseIsRefused() {
        String message = "Jawaban harus berupa objek JSON, misalnya {\"choice\": ...}";
        assertEquals(Optional.of(message), type.check(question, null));
        assertEquals(Optional.of(message), type.check(question, NullNode.getInstance()));
    }

    @Test
    void aLongUnknownIdIsCutInTheMessage() {
        String id = "a".repeat(500);
        String message = type.check(question, json("{'choice': '" + id + "'}")).orElseThrow();
        assertEquals("Pilihan tidak dikenal: " + "a".repeat(40) + "…", message);
    }

    @Test
    void theRightOptionEarnsFullCreditWithItsFeedback() {
        assertEquals(Grade.of(1, List.of("Benar, where menanyakan tempat.")),
                type.grade(question, json("{'choice': '3f9a0c1b2d'}")));
    }

    @Test
    void aWrongOptionEarnsNothingWithItsFeedback() {
        assertEquals(Grade.of(0, List.of("Bukan, when menanyakan waktu.")),
                type.grade(question, json("{'choice': '81c0ffee42'}")));
    }

    @Test
    void aPartialOptionEarnsItsFractionAndNoFeedbackWhenItHasNone() {
        assertEquals(Grade.of(0.25, List.of()), type.grade(question, json("{'choice': '5d2e7a9b10'}")));
    }

    @Test
    void aNegativeFractionClampsToZero() {
        Grade grade = type.grade(question, json("{'choice': 'c4b3a29180'}"));
        assertEquals(0, grade.fraction());
        assertFalse(grade.manual());
        assertEquals(List.of("Bukan, who menanyakan pelaku."), grade.feedback());
    }

    @Test
    void gradingAMalformedResponseThrowsRatherThanGuessing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> type.grade(question, json("{'choice': 'x'}")));
        assertEquals("Pilihan tidak dikenal: x", e.getMessage());
    }

    @Test
    void brokenDataIsTheServersFaultNotTheTrainees() {
        QuestionDefinition duplicate = question("single-choice",
                "{'options': [{'id': 'a', 'text': 'x'}, {'id': 'a', 'text': 'y'}]}");
        assertThrows(IllegalArgumentException.class, () -> type.check(duplicate, json("{'choice': 'a'}")));
        QuestionDefinition tooMuch = question("single-choice", "{'options': [{'id': 'a', 'text': 'x', 'fraction': 2}]}");
        assertThrows(IllegalArgumentException.class, () -> type.present(1, tooMuch, null));
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("single-choice", "{'options': []}"), null));
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("single-choice", "{}"), null));
        QuestionDefinition noText = question("single-choice", "{'options': [{'id': 'a'}]}");
        assertThrows(IllegalArgumentException.class, () -> type.present(1, noText, null));
    }

    @Test
    void aQuestionOfAnotherTypeIsRefused() {
        QuestionDefinition other = new QuestionDefinition("bank#q", "multiple-response", "?", "moodle", question.data(), null);
        assertThrows(IllegalArgumentException.class, () -> type.present(1, other, null));
        assertThrows(IllegalArgumentException.class, () -> type.check(other, json("{'choice': '3f9a0c1b2d'}")));
    }
}
