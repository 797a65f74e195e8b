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
import java.util.Optional;
import java.util.Random;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericalTypeTest {

    private final NumericalType type = new NumericalType();

    /** The corpus's "Rasio vertikal" with a half-credit band around it and feedback for any other number. */
    private final QuestionDefinition ratio = question("numerical", """
            {'answers': [
              {'value': 0.5625, 'tolerance': 0.0001, 'fraction': 1, 'feedback': 'Tepat.'},
              {'value': 0.5, 'tolerance': 0.1, 'fraction': 0.5, 'feedback': 'Hampir.'},
              {'fraction': 0, 'feedback': 'Periksa kembali pembagiannya.'}]}
            """);

    /** The corpus's "Frame rate": a range. */
    private final QuestionDefinition frameRate = question("numerical", """
            {'answers': [{'min': 24, 'max': 30, 'feedback': 'Nilai 24 sampai 30 fps lazim.'}]}
            """);

    /** The corpus's "Tahun terbit": exact, or one year off for half credit. */
    private final QuestionDefinition year = question("numerical", """
            {'answers': [{'value': 2012, 'tolerance': 0, 'fraction': 1, 'feedback': 'Tepat.'},
                         {'value': 2012, 'tolerance': 1, 'fraction': 0.5, 'feedback': 'Hampir; selisih satu tahun.'}]}
            """);

    private Grade grade(QuestionDefinition q, double x) {
        return type.grade(q, JsonNodeFactory.instance.objectNode().put("number", x));
    }

    @Test
    void nameIsTheContractName() {
        assertEquals("numerical", type.name());
    }

    @Test
    void presentsNoOptionsAndLeaksNoAnswer() {
        ClientQuestion client = type.present(6, ratio, new Random(9));
        assertEquals(new ClientQuestion(6, "numerical", "Teks soal?", "moodle", List.of(), List.of()), client);
        assertNoLeak(client, "0.5625", "0.0001", "Tepat", "Hampir", "Periksa");
        assertNoLeak(type.present(6, frameRate, null), "24", "30", "fps");
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, ratio, "{'number': 0.5625}");
        assertAccepted(type, ratio, "{'number': -3}");
        assertAccepted(type, ratio, "{'number': 1e3}");
        assertAccepted(type, year, "{'number': 123456789012345678901234567890}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'number': '0.5625'}         | Kolom \"number\" harus berupa angka",
        "{'number': '0,5625'}         | Kolom \"number\" harus berupa angka",
        "{'number': true}             | Kolom \"number\" harus berupa angka",
        "{'number': [0.5625]}         | Kolom \"number\" harus berupa angka",
        "{'number': 1e400}            | Kolom \"number\" berada di luar jangkauan angka",
        "{'number': null}             | Kolom \"number\" tidak ada",
        "{'text': '0.5625'}           | Kolom \"number\" tidak ada",
        "{'number': 1, 'unit': 'fps'} | Kolom tidak dikenal: unit",
        "0.5625                       | Jawaban harus berupa objek JSON, misalnya {\"number\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, ratio, response, message);
    }

    @Test
    void notANumberIsRefused() {
        assertEquals(Optional.of("Kolom \"number\" berada di luar jangkauan angka"),
                type.check(ratio, JsonNodeFactory.instance.objectNode().put("number", Double.NaN)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5625, 0.5624, 0.5626, 0.56255})
    void withinTheToleranceBoundsIncludedIsRight(double x) {
        assertEquals(Grade.of(1, List.of("Tepat.")), grade(ratio, x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.56239, 0.56261, 0.4, 0.6, 0.5})
    void justOutsideTheBestAnswerTheNextBestCounts(double x) {
        assertEquals(Grade.of(0.5, List.of("Hampir.")), grade(ratio, x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.39999, 0.60001, -0.5625, 9, 16})
    void anyOtherNumberGetsTheCatchAllFeedback(double x) {
        assertEquals(Grade.of(0, List.of("Periksa kembali pembagiannya.")), grade(ratio, x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {24, 24.0000001, 27, 29.999, 30})
    void aRangeIncludesItsEnds(double x) {
        assertEquals(Grade.of(1, List.of("Nilai 24 sampai 30 fps lazim.")), grade(frameRate, x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {23.999, 30.001, 0, -24, 60})
    void outsideTheRangeWithoutACatchAllIsZeroWithoutFeedback(double x) {
        assertEquals(Grade.of(0, List.of()), grade(frameRate, x));
    }

    @Test
    void theBestOfOverlappingAnswersCounts() {
        assertEquals(Grade.of(1, List.of("Tepat.")), grade(year, 2012));
        assertEquals(Grade.of(0.5, List.of("Hampir; selisih satu tahun.")), grade(year, 2013));
        assertEquals(Grade.of(0.5, List.of("Hampir; selisih satu tahun.")), grade(year, 2011));
        assertEquals(Grade.of(0, List.of()), grade(year, 2014));
        assertEquals(Grade.of(0, List.of()), grade(year, 2012.5 + 1));
    }

    @Test
    void anIntegerResponseIsANumberToo() {
        assertEquals(1, type.grade(year, json("{'number': 2012}")).fraction());
        assertEquals(1, type.grade(frameRate, json("{'number': 30}")).fraction());
    }

    @Test
    void zeroToleranceMeansExactly() {
        QuestionDefinition exact = question("numerical", "{'answers': [{'value': 9}]}");
        assertEquals(1, grade(exact, 9).fraction());
        assertEquals(0, grade(exact, 9.001).fraction());
        assertEquals(0, grade(exact, 8.999).fraction());
    }

    @Test
    void anOpenEndedRangeHasOnlyOneBound() {
        QuestionDefinition atLeast = question("numerical", "{'answers': [{'min': 1080}]}");
        assertEquals(1, grade(atLeast, 1080).fraction());
        assertEquals(1, grade(atLeast, 4320).fraction());
        assertEquals(0, grade(atLeast, 720).fraction());
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> type.grade(ratio, json("{'number': '1'}")));
    }

    @Test
    void brokenDataIsRefused() {
        for (String data : List.of("{'answers': []}", "{'answers': [{'min': 5, 'max': 4}]}",
                "{'answers': [{'value': 5, 'tolerance': -1}]}", "{'answers': [{'tolerance': 1}]}",
                "{'answers': [{'value': '5'}]}", "{'answers': [{'value': 5, 'fraction': 1.5}]}")) {
            assertThrows(IllegalArgumentException.class, () -> type.present(1, question("numerical", data), null), data);
        }
    }
}
