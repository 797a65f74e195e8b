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

import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderingTypeTest {

    private final OrderingType type = new OrderingType();

    /** The steps of planning a post, in the right order. */
    private final QuestionDefinition five = question("ordering", """
            {'items': [
               {'id': 'p1', 'text': 'Menentukan tujuan'}, {'id': 'p2', 'text': 'Mengumpulkan bahan'},
               {'id': 'p3', 'text': 'Menulis draf'}, {'id': 'p4', 'text': 'Memeriksa ejaan'},
               {'id': 'p5', 'text': 'Mengunggah'}]}
            """);

    private final QuestionDefinition two = question("ordering", """
            {'items': [{'id': 'a', 'text': 'Rekam'}, {'id': 'b', 'text': 'Sunting'}]}
            """);

    private static final List<ClientOption> FIVE = List.of(new ClientOption("p1", "Menentukan tujuan"),
            new ClientOption("p2", "Mengumpulkan bahan"), new ClientOption("p3", "Menulis draf"),
            new ClientOption("p4", "Memeriksa ejaan"), new ClientOption("p5", "Mengunggah"));

    private Grade grade(QuestionDefinition q, String order) {
        return type.grade(q, json("{'order': " + order + "}"));
    }

    @Test
    void nameIsTheContractName() {
        assertEquals("ordering", type.name());
    }

    @Test
    void theItemsArePresentedAsOptionsWithoutTheKey() {
        ClientQuestion client = type.present(8, five, new Random(1));
        assertEquals(8, client.slot());
        assertEquals("ordering", client.type());
        assertEquals(List.of(), client.items());
        assertNoLeak(client);
        assertNoLeak(type.present(8, five, null));
    }

    @Test
    void aSeededRandomShufflesAndKeepsTheIds() {
        assertShuffled(FIVE, type.present(1, five, new Random(42)).options());
        assertReproducible(type, five, 42);
    }

    @Test
    void shuffledItemsAreNeverInTheRightOrder() {
        List<ClientOption> rightTwo = List.of(new ClientOption("a", "Rekam"), new ClientOption("b", "Sunting"));
        for (long seed = 0; seed < 500; seed++) {
            assertShuffled(FIVE, type.present(1, five, new Random(seed)).options());
            assertShuffled(rightTwo, type.present(1, two, new Random(seed)).options());
        }
    }

    @Test
    void evenAGeneratorThatNeverShufflesCannotShowTheRightOrder() {
        // Fisher-Yates swaps i with nextInt(i + 1); always answering i leaves every item in place.
        RandomGenerator stuck = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }
        };
        assertShuffled(FIVE, type.present(1, five, stuck).options());
    }

    @Test
    void withoutShufflingTheItemsAreStillScrambledTheSameWayEachTime() {
        // Not the right order, which would give the answer away, but the same for every attempt of the question.
        List<ClientOption> first = type.present(1, five, null).options();
        assertShuffled(FIVE, first);
        assertEquals(first, type.present(2, five, null).options());
        List<ClientOption> rightTwo = List.of(new ClientOption("a", "Rekam"), new ClientOption("b", "Sunting"));
        assertShuffled(rightTwo, type.present(1, two, null).options());
    }

    @Test
    void aSingleItemIsShownAsItIs() {
        QuestionDefinition one = question("ordering", "{'items': [{'id': 'x', 'text': 'Satu-satunya'}]}");
        assertEquals(List.of(new ClientOption("x", "Satu-satunya")), type.present(1, one, new Random(1)).options());
        assertEquals(Grade.of(1, List.of()), grade(one, "['x']"));
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, five, "{'order': ['p1', 'p2', 'p3', 'p4', 'p5']}");
        assertAccepted(type, five, "{'order': ['p5', 'p4', 'p3', 'p2', 'p1']}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'order': []}                                   | Urutan tidak boleh kosong",
        "{'order': ['p1', 'p2', 'p4', 'p5']}             | Urutan tidak lengkap: butir p3 tidak ada",
        "{'order': ['p1', 'p2', 'p3', 'p4', 'p5', 'p1']} | Butir disebut lebih dari sekali: p1",
        "{'order': ['p1', 'p1', 'p3', 'p4', 'p5']}       | Butir disebut lebih dari sekali: p1",
        "{'order': ['p1', 'p2', 'p3', 'p4', 'p6']}       | Butir tidak dikenal: p6",
        "{'order': ['p1', 2, 'p3', 'p4', 'p5']}          | Isi kolom \"order\" harus berupa teks",
        "{'order': 'p1,p2,p3,p4,p5'}                     | Kolom \"order\" harus berupa daftar",
        "{'order': {'p1': 1}}                            | Kolom \"order\" harus berupa daftar",
        "{'choices': ['p1', 'p2', 'p3', 'p4', 'p5']}     | Kolom \"order\" tidak ada",
        "{'order': null}                                 | Kolom \"order\" tidak ada",
        "['p1', 'p2', 'p3', 'p4', 'p5']                  | Jawaban harus berupa objek JSON, misalnya {\"order\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, five, response, message);
    }

    @Test
    void theRightOrderIsFullCredit() {
        assertEquals(Grade.of(1, List.of()), grade(five, "['p1', 'p2', 'p3', 'p4', 'p5']"));
        assertEquals(Grade.of(1, List.of()), grade(two, "['a', 'b']"));
    }

    @Test
    void reversedOnlyKeepsTheMiddleOfAnOddCount() {
        assertEquals(0.2, grade(five, "['p5', 'p4', 'p3', 'p2', 'p1']").fraction(), 1e-12);
        assertEquals(0, grade(two, "['b', 'a']").fraction());
    }

    @Test
    void twoSwappedNeighboursCostTwoPositions() {
        assertEquals(0.6, grade(five, "['p2', 'p1', 'p3', 'p4', 'p5']").fraction(), 1e-12);
    }

    @Test
    void oneItemMovedToTheFrontShiftsEveryOtherOneAndEarnsNothing() {
        // The price of grading by position, documented on OrderingType.
        assertEquals(0, grade(five, "['p5', 'p1', 'p2', 'p3', 'p4']").fraction());
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> grade(five, "[]"));
        assertThrows(IllegalArgumentException.class, () -> grade(five, "['p1', 'p2']"));
    }

    @Test
    void brokenDataIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> type.present(1, question("ordering", "{'items': []}"), null));
        QuestionDefinition twice = question("ordering", "{'items': [{'id': 'a', 'text': 'x'}, {'id': 'a', 'text': 'y'}]}");
        assertThrows(IllegalArgumentException.class, () -> type.present(1, twice, null));
    }
}
