package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.bimtek.quiz.internal.types.Fixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrueFalseTypeTest {

    private final TrueFalseType type = new TrueFalseType();

    /** The corpus's "Tagar": the statement is false. */
    private final QuestionDefinition statementIsFalse = question("true-false", """
            {'answer': false,
             'trueFeedback': 'Keliru, tagar yang berganti-ganti memecah jangkauan.',
             'falseFeedback': 'Tepat, tagar resmi dipakai secara konsisten.'}
            """);

    /** The corpus's "Izin foto": true, with feedback only for the wrong answer. */
    private final QuestionDefinition statementIsTrue = question("true-false", """
            {'answer': true, 'falseFeedback': 'Keliru; hormati hak warga atas citra dirinya.'}
            """);

    private static final List<ClientOption> OPTIONS = List.of(new ClientOption("true", "Benar"),
            new ClientOption("false", "Salah"));

    @Test
    void nameIsTheContractName() {
        assertEquals("true-false", type.name());
    }

    @Test
    void presentsBenarThenSalahShufflingOrNot() {
        assertEquals(new ClientQuestion(4, "true-false", "Teks soal?", "moodle", OPTIONS, List.of()),
                type.present(4, statementIsFalse, null));
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(OPTIONS, type.present(4, statementIsFalse, new Random(seed)).options());
        }
    }

    @Test
    void presentingLeaksNeitherTheAnswerNorTheFeedback() {
        assertNoLeak(type.present(1, statementIsFalse, null), "Keliru", "Tepat");
        assertNoLeak(type.present(1, statementIsTrue, new Random(1)), "Keliru");
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, statementIsFalse, "{'choice': 'true'}");
        assertAccepted(type, statementIsFalse, "{'choice': 'false'}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'choice': 'benar'}               | Pilihan tidak dikenal: benar",
        "{'choice': 'TRUE'}                | Pilihan tidak dikenal: TRUE",
        "{'choice': ''}                    | Pilihan tidak dikenal: (kosong)",
        "{'choice': true}                  | Kolom \"choice\" harus berupa teks",
        "{'choice': 1}                     | Kolom \"choice\" harus berupa teks",
        "{'answer': 'true'}                | Kolom \"choice\" tidak ada",
        "{'choice': 'true', 'sure': true}  | Kolom tidak dikenal: sure",
        "true                              | Jawaban harus berupa objek JSON, misalnya {\"choice\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, statementIsFalse, response, message);
    }

    @Test
    void theRightSideEarnsFullCreditWithItsFeedback() {
        assertEquals(Grade.of(1, List.of("Tepat, tagar resmi dipakai secara konsisten.")),
                type.grade(statementIsFalse, json("{'choice': 'false'}")));
        assertEquals(Grade.of(1, List.of()), type.grade(statementIsTrue, json("{'choice': 'true'}")));
    }

    @Test
    void theWrongSideEarnsNothingWithItsFeedback() {
        assertEquals(Grade.of(0, List.of("Keliru, tagar yang berganti-ganti memecah jangkauan.")),
                type.grade(statementIsFalse, json("{'choice': 'true'}")));
        assertEquals(Grade.of(0, List.of("Keliru; hormati hak warga atas citra dirinya.")),
                type.grade(statementIsTrue, json("{'choice': 'false'}")));
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> type.grade(statementIsFalse, json("{'choice': true}")));
    }

    @Test
    void dataWithoutABooleanAnswerIsBroken() {
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("true-false", "{'answer': 'false'}"), null));
        assertThrows(IllegalArgumentException.class, () -> type.check(question("true-false", "{}"), json("{'choice': 'true'}")));
    }
}
