package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.assertReproducible;
import static org.bimtek.quiz.internal.types.Fixtures.assertShuffled;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.bimtek.quiz.internal.types.Fixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultipleResponseTypeTest {

    private final MultipleResponseType type = new MultipleResponseType();

    /** Two right options of 50%, a wrong one of -100%, a neutral one of 0%: the corpus's "Kaidah unggahan" and more. */
    private final QuestionDefinition question = question("multiple-response", """
            {'options': [
              {'id': 'a1', 'text': 'Mencantumkan sumber informasi', 'fraction': 0.5, 'feedback': 'Ya, sumber wajib.'},
              {'id': 'b2', 'text': 'Memeriksa ejaan', 'fraction': 0.5},
              {'id': 'c3', 'text': 'Membagikan kabar belum terverifikasi', 'fraction': -1, 'feedback': 'Berisiko hoaks.'},
              {'id': 'd4', 'text': 'Mengunggah tengah malam', 'fraction': 0, 'feedback': 'Tidak berpengaruh.'}]}
            """);

    /** Two right options of 50%, two wrong ones of -50%. */
    private final QuestionDefinition halfPenalties = question("multiple-response", """
            {'options': [
              {'id': 'r1', 'text': 'benar 1', 'fraction': 0.5},
              {'id': 'r2', 'text': 'benar 2', 'fraction': 0.5},
              {'id': 'w1', 'text': 'salah 1', 'fraction': -0.5},
              {'id': 'w2', 'text': 'salah 2', 'fraction': -0.5}]}
            """);

    private Grade grade(QuestionDefinition q, String response) {
        return type.grade(q, json(response));
    }

    @Test
    void nameIsTheContractName() {
        assertEquals("multiple-response", type.name());
    }

    @Test
    void withoutShufflingTheOptionsKeepTheirOrder() {
        ClientQuestion client = type.present(2, question, null);
        assertEquals(List.of(new ClientOption("a1", "Mencantumkan sumber informasi"), new ClientOption("b2", "Memeriksa ejaan"),
                new ClientOption("c3", "Membagikan kabar belum terverifikasi"),
                new ClientOption("d4", "Mengunggah tengah malam")), client.options());
        assertEquals(List.of(), client.items());
        assertEquals("multiple-response", client.type());
        assertEquals(2, client.slot());
    }

    @Test
    void presentingLeaksNoCreditAndNoFeedback() {
        assertNoLeak(type.present(1, question, null), "Ya, sumber", "hoaks", "Tidak berpengaruh", "-1", "0.5");
        assertNoLeak(type.present(1, question, new Random(3)), "Ya, sumber", "hoaks", "Tidak berpengaruh", "-1", "0.5");
    }

    @Test
    void aSeededRandomShufflesAndKeepsTheIds() {
        assertShuffled(type.present(1, question, null).options(), type.present(1, question, new Random(42)).options());
        assertReproducible(type, question, 42);
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, question, "{'choices': ['a1']}");
        assertAccepted(type, question, "{'choices': ['d4', 'c3', 'b2', 'a1']}");
        assertAccepted(type, question, "{'choices': []}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'choices': ['a1', 'zz']}              | Pilihan tidak dikenal: zz",
        "{'choices': ['a1', 'a1']}              | Pilihan disebut lebih dari sekali: a1",
        "{'choices': 'a1'}                      | Kolom \"choices\" harus berupa daftar",
        "{'choices': {'a1': true}}              | Kolom \"choices\" harus berupa daftar",
        "{'choices': [1, 2]}                    | Isi kolom \"choices\" harus berupa teks",
        "{'choices': [null]}                    | Isi kolom \"choices\" harus berupa teks",
        "{'choice': 'a1'}                       | Kolom \"choices\" tidak ada",
        "{}                                     | Kolom \"choices\" tidak ada",
        "{'choices': ['a1'], 'choice': 'a1'}    | Kolom tidak dikenal: choice",
        "[]                                     | Jawaban harus berupa objek JSON, misalnya {\"choices\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, question, response, message);
    }

    @Test
    void theRightOptionsTogetherEarnFullCredit() {
        assertEquals(Grade.of(1, List.of("Ya, sumber wajib.")), grade(question, "{'choices': ['b2', 'a1']}"));
    }

    @Test
    void oneRightOptionEarnsItsShare() {
        assertEquals(Grade.of(0.5, List.of()), grade(question, "{'choices': ['b2']}"));
    }

    @Test
    void choosingEverythingIsNotFullCreditWhenWrongOptionsArePenalised() {
        // 0.5 + 0.5 - 1 + 0 = 0; the feedback of every chosen option, in the data's order.
        assertEquals(Grade.of(0, List.of("Ya, sumber wajib.", "Berisiko hoaks.", "Tidak berpengaruh.")),
                grade(question, "{'choices': ['d4', 'c3', 'b2', 'a1']}"));
        assertEquals(0, grade(halfPenalties, "{'choices': ['r1', 'r2', 'w1', 'w2']}").fraction());
        assertEquals(0.5, grade(halfPenalties, "{'choices': ['r1', 'r2', 'w1']}").fraction());
    }

    @Test
    void aWrongOptionWithoutPenaltyCostsNothingMoodleStyle() {
        // The author gave "Mengunggah tengah malam" 0%, not a negative weight: adding it to the right ones is free.
        assertEquals(1, grade(question, "{'choices': ['a1', 'b2', 'd4']}").fraction());
    }

    @Test
    void allWrongClampsToZero() {
        assertEquals(Grade.of(0, List.of("Berisiko hoaks.", "Tidak berpengaruh.")), grade(question, "{'choices': ['c3', 'd4']}"));
        assertEquals(0, grade(halfPenalties, "{'choices': ['w1', 'w2']}").fraction());
        assertEquals(0, grade(halfPenalties, "{'choices': ['r1', 'w1', 'w2']}").fraction());
    }

    @Test
    void choosingNothingEarnsNothing() {
        assertEquals(Grade.of(0, List.of()), grade(question, "{'choices': []}"));
    }

    @Test
    void aDuplicateChoiceCannotCountTwice() {
        // Twice the 50% option would be 100%: the response is refused, and grading it throws.
        assertThrows(IllegalArgumentException.class, () -> grade(question, "{'choices': ['a1', 'a1']}"));
        assertThrows(IllegalArgumentException.class, () -> grade(halfPenalties, "{'choices': ['r1', 'r1', 'r1']}"));
    }

    @Test
    void feedbackFollowsTheDataOrderWhateverTheResponseOrder() {
        assertEquals(grade(question, "{'choices': ['a1', 'c3']}"), grade(question, "{'choices': ['c3', 'a1']}"));
    }

    @Test
    void thirdsThatAlmostAddUpCountAsFullCredit() {
        QuestionDefinition thirds = question("multiple-response", """
                {'options': [{'id': 'x', 'text': 'x', 'fraction': 0.33333}, {'id': 'y', 'text': 'y', 'fraction': 0.33333},
                             {'id': 'z', 'text': 'z', 'fraction': 0.33333}, {'id': 'w', 'text': 'w', 'fraction': -1}]}
                """);
        assertEquals(1, grade(thirds, "{'choices': ['x', 'y', 'z']}").fraction());
        assertEquals(0.66666, grade(thirds, "{'choices': ['x', 'y']}").fraction(), 1e-12);
        assertEquals(0, grade(thirds, "{'choices': ['x', 'y', 'z', 'w']}").fraction());
    }

    @Test
    void aSumAboveOneClampsToOne() {
        QuestionDefinition generous = question("multiple-response", """
                {'options': [{'id': 'x', 'text': 'x', 'fraction': 0.8}, {'id': 'y', 'text': 'y', 'fraction': 0.8}]}
                """);
        Grade grade = grade(generous, "{'choices': ['x', 'y']}");
        assertEquals(1, grade.fraction());
        assertTrue(grade.feedback().isEmpty());
    }
}
