package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertAccepted;
import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.assertRejected;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.bimtek.quiz.internal.types.Fixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EssayTypeTest {

    private final EssayType type = new EssayType();

    private final QuestionDefinition question = new QuestionDefinition("bank#Rencana konten", "essay",
            "Susun rencana konten mingguan.", "plain", json("{}"), "Penilaian: kesesuaian dengan pedoman.");

    @Test
    void nameIsTheContractName() {
        assertEquals("essay", type.name());
    }

    @Test
    void presentsTheTextAndNoOptions() {
        ClientQuestion client = type.present(9, question, new Random(1));
        assertEquals(new ClientQuestion(9, "essay", "Susun rencana konten mingguan.", "plain", List.of(), List.of()), client);
        assertEquals(client, type.present(9, question, null));
        assertNoLeak(client, "Penilaian");
    }

    @Test
    void wellFormedResponsesPass() {
        assertAccepted(type, question, "{'text': 'Senin: infografis; Rabu: video pendek; Jumat: tanya jawab.'}");
        assertAccepted(type, question, "{'text': ''}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'text': 12}                   | Kolom \"text\" harus berupa teks",
        "{'text': {'html': '<p>x</p>'}} | Kolom \"text\" harus berupa teks",
        "{}                             | Kolom \"text\" tidak ada",
        "{'text': 'x', 'draft': true}   | Kolom tidak dikenal: draft",
        "'Senin: infografis'            | Jawaban harus berupa objek JSON, misalnya {\"text\": ...}",
    })
    void malformedResponsesAreRefusedWithAMessage(String response, String message) {
        assertRejected(type, question, response, message);
    }

    @Test
    void anEssayAwaitsItsInstructor() {
        Grade grade = type.grade(question, json("{'text': 'Rencana saya...'}"));
        assertEquals(Grade.awaitingInstructor(), grade);
        assertTrue(grade.manual());
        assertEquals(0, grade.fraction());
    }

    @Test
    void essayDataMayBeMissing() {
        QuestionDefinition bare = new QuestionDefinition("bank#1", "essay", "Jelaskan.", "moodle", null, null);
        assertEquals(Grade.awaitingInstructor(), type.grade(bare, json("{'text': ''}")));
    }

    @Test
    void gradingAMalformedResponseThrows() {
        assertThrows(IllegalArgumentException.class, () -> type.grade(question, json("{'text': 1}")));
    }
}
