package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.assertReproducible;
import static org.bimtek.quiz.internal.types.Fixtures.assertShuffled;
import static org.bimtek.quiz.internal.types.Fixtures.ids;
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

class MatchingTypeTest {

    private final MatchingType type = new MatchingType();

    /** The corpus's "Rasio aspek" plus an item sharing an option and a distractor option. */
    private final QuestionDefinition question = question("matching", """
            {'items': [
               {'id': 'i1', 'text': 'Reels atau Stories', 'option': 'o1'},
               {'id': 'i2', 'text': 'Video YouTube', 'option': 'o2'},
               {'id': 'i3', 'text': 'Foto feed persegi', 'option': 'o3'},
               {'id': 'i4', 'text': 'Foto profil', 'option': 'o3'}],
             'options': [
               {'id': 'o1', 'text': '9:16'}, {'id': 'o2', 'text': '16:9'}, {'id': 'o3', 'text': '1:1'},
               {'id': 'o4', 'text': '4:5'}]}
            """);

    private static final List<ClientOption> ITEMS = List.of(new ClientOption("i1", "Reels atau Stories"),
            new ClientOption("i2", "Video YouTube"), new ClientOption("i3", "Foto feed persegi"),
            new ClientOption("i4", "Foto profil"));

    private Grade grade(String response) {
        return type.grade(question, json(response));
    }

    @Test
    void nameIsTheContractName() {
        assertEquals("matching", type.name());
    }

    @Test
    void withoutShufflingItemsKeepTheirOrderAndOptionsAreSortedByText() {
        // In data order the options would line up with their items; sorted, "16:9" < "1:1" < "4:5" < "9:16".
        ClientQuestion client = type.present(7, question, null);
        assertEquals(new ClientQuestion(7, "matching", "Teks soal?", "moodle", List.of(new ClientOption("o2", "16:9"),
                new ClientOption("o3", "1:1"), new ClientOption("o4", "4:5"), new ClientOption("o1", "9:16")), ITEMS), client);
    }

    @Test
    void presentingLeaksNoPairs() {
        assertNoLeak(type.present(1, question, null));
        assertNoLeak(type.present(1, question, new Random(5)));
    }

    @Test
    void aSeededRandomShufflesItemsAndOptionsAndKeepsTheIds() {
        ClientQuestion plain = type.present(1, question, null);
        ClientQuestion shuffled = type.present(1, question, new Random(42));
        assertShuffled(ITEMS, shuffled.items());
        assertEquals(List.of("o1", "o2", "o3", "o4"), ids(shuffled.options()).stream().sorted().toList());
        assertEquals(plain.options().size(), shuffled.options().size());
        assertReproducible(type, question, 42);
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, question, "{'pairs': {'i1': 'o1', 'i2': 'o2', 'i3': 'o3', 'i4': 'o3'}}");
        assertAccepted(type, question, "{'pairs': {'i1': 'o4', 'i2': 'o4'}}");
        assertAccepted(type, question, "{'pairs': {}}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'pairs': {'i9': 'o1'}}              | Butir tidak dikenal: i9",
        "{'pairs': {'o1': 'i1'}}              | Butir tidak dikenal: o1",
        "{'pairs': {'i1': 'o9'}}              | Pilihan tidak dikenal: o9",
        "{'pairs': {'i1': 'i2'}}              | Pilihan tidak dikenal: i2",
        "{'pairs': {'i1': 1}}                 | Pasangan untuk i1 harus berupa teks",
        "{'pairs': {'i1': null}}              | Pasangan untuk i1 harus berupa teks",
        "{'pairs': {'i1': ['o1']}}            | Pasangan untuk i1 harus berupa teks",
        "{'pairs': [['i1', 'o1']]}            | Kolom \"pairs\" harus berupa objek",
        "{'pairs': 'i1=o1'}                   | Kolom \"pairs\" harus berupa objek",
        "{'pair': {'i1': 'o1'}}               | Kolom \"pairs\" tidak ada",
        "{'pairs': {}, 'order': []}           | Kolom tidak dikenal: order",
        "[]                                   | Jawaban harus berupa objek JSON, misalnya {\"pairs\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, question, response, message);
    }

    @Test
    void allRightIsFullCreditAndMatchingHasNoFeedback() {
        assertEquals(Grade.of(1, List.of()), grade("{'pairs': {'i4': 'o3', 'i3': 'o3', 'i2': 'o2', 'i1': 'o1'}}"));
    }

    @Test
    void halfRightIsHalfCredit() {
        assertEquals(0.5, grade("{'pairs': {'i1': 'o1', 'i2': 'o2', 'i3': 'o1', 'i4': 'o4'}}").fraction());
        assertEquals(0.5, grade("{'pairs': {'i1': 'o2', 'i2': 'o1', 'i3': 'o3', 'i4': 'o3'}}").fraction());
    }

    @Test
    void anUnpairedItemCountsAsWrong() {
        assertEquals(0.25, grade("{'pairs': {'i1': 'o1'}}").fraction());
        assertEquals(0, grade("{'pairs': {}}").fraction());
    }

    @Test
    void theDistractorIsAlwaysWrong() {
        assertEquals(0, grade("{'pairs': {'i1': 'o4', 'i2': 'o4', 'i3': 'o4', 'i4': 'o4'}}").fraction());
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> grade("{'pairs': {'i1': 'o9'}}"));
    }

    @Test
    void brokenDataIsRefused() {
        for (String data : List.of(
                "{'items': [{'id': 'i', 'text': 'x', 'option': 'nope'}], 'options': [{'id': 'o', 'text': 'y'}]}",
                "{'items': [], 'options': [{'id': 'o', 'text': 'y'}]}",
                "{'items': [{'id': 'i', 'text': 'x', 'option': 'o'}]}",
                "{'items': [{'id': 'i', 'text': 'x', 'option': 'o'}, {'id': 'i', 'text': 'z', 'option': 'o'}], "
                        + "'options': [{'id': 'o', 'text': 'y'}]}")) {
            assertThrows(IllegalArgumentException.class, () -> type.present(1, question("matching", data), null), data);
        }
    }
}
