package org.bimtek.quiz.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.Test;

/** The demo's answer search, graded by the question types themselves and by a real attempt. */
class BestResponseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question of each automatically graded type, with partial credit and penalties where GIFT has them. */
    static final String GIFT = """
            ::pilihan:: Ibu kota Kaltim? {=Samarinda ~%50%Tenggarong ~Bontang ~Balikpapan}

            ::banyak:: Pilih semua kota di Kalimantan Timur. {~%50%Samarinda ~%50%Balikpapan ~%-100%Makassar ~%-100%Palu ~Medan}

            ::benar-salah:: Samarinda di tepi Sungai Mahakam. {F}

            ::pasangan:: Pasangkan kota dengan pulaunya. {=Samarinda -> Kalimantan =Makassar -> Sulawesi =Medan -> Sumatra =Jayapura -> Papua}

            ::tahun:: Permenpan RB Nomor 83 terbit tahun {#2012~#Periksa kembali.}

            ::rentang:: Sebut sebuah angka dari 24 sampai 30. {#24..30}

            ::toleransi:: Tulis 0,5625 dengan ketelitian 0,0001. {#0.5625:0.0001}

            ::isian:: Tagar kampanye produk lokal? {=%50%BanggaBuatan =BanggaBuatanIndonesia}
            """;
    static final String ORDERING = """
            {"category": "urutan", "questions": [{"name": "alur", "type": "ordering", "text": "Urutkan alur unggahan:",
              "items": ["Draf", "Tinjau", "Setujui", "Terbitkan", "Pantau"]}]}
            """;
    static final String DESCRIPTOR = """
            {"id": "kursus-uji", "quizzes": [{"id": "kuis-uji", "title": {"id": "Kuis"}, "banks": ["bank.gift", "urutan.json"],
              "timeLimitMinutes": 10, "attemptsAllowed": 2, "passMark": 70}]}
            """;

    static void addTestCourse(QuizCatalog catalog) {
        TestCourses.add(catalog, DESCRIPTOR, Map.of("bank.gift", GIFT, "urutan.json", ORDERING));
    }

    @Test
    void everyQuestionGetsFullCreditAndAnAttemptAnsweredSoScores100() throws Exception {
        QuizCatalog catalog = TestCourses.catalog();
        addTestCourse(catalog);
        CompiledQuiz quiz = catalog.quiz("kuis-uji").orElseThrow();
        Set<String> types = new TreeSet<>();
        quiz.categories().values().stream().flatMap(List::stream).forEach(q -> types.add(q.type()));
        assertEquals(Set.of("single-choice", "multiple-response", "true-false", "matching", "ordering", "numerical", "short-answer"), types);
        assertFullCredit(quiz);

        AttemptEngine engine = TestCourses.engine(MemoryDatabase.create("org.bimtek.quiz", BestResponseTest.class), catalog);
        Attempt attempt = engine.start("kuis-uji", 7);
        for (int slot = 1; slot <= attempt.questions().size(); slot++) {
            Attempt.Question q = attempt.questions().get(slot - 1);
            BestResponse.Found found = BestResponse.find(type(q.definition()), q.definition(), q.presented()).orElseThrow();
            engine.save(attempt.id(), 7, slot, "s" + slot, null, found.response());
        }
        Attempt done = engine.submit(attempt.id(), 7).attempt();
        assertEquals(100.0, done.score(), 1e-9);
        assertTrue(done.passed());
    }

    @Test
    void theClimbFinishesWhatTheCappedEnumerationsCannot() throws Exception {
        // Seven items sharing options: too many assignments to try, and the one-option-per-item ones are never right.
        String matching = """
                {"items": [%s], "options": [{"id": "o1", "text": "A"}, {"id": "o2", "text": "B"}, {"id": "o3", "text": "C"},
                  {"id": "o4", "text": "D"}, {"id": "o5", "text": "E"}, {"id": "o6", "text": "F"}, {"id": "o7", "text": "G"}]}
                """.formatted(String.join(",", List.of(item(1, 1), item(2, 1), item(3, 2), item(4, 2), item(5, 3), item(6, 7), item(7, 7))));
        assertFull(new QuestionDefinition("b#m", "matching", "?", "plain", JSON.readTree(matching), null));

        StringBuilder items = new StringBuilder();
        StringBuilder options = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            items.append(i > 1 ? "," : "").append("{\"id\": \"i").append(i).append("\", \"text\": \"Langkah ").append(i).append("\"}");
            options.append(i > 1 ? "," : "").append("{\"id\": \"o").append(i).append("\", \"text\": \"Pilihan ").append(i)
                    .append("\", \"fraction\": ").append(i % 2 == 0 ? "0.2" : "-0.5").append("}");
        }
        assertFull(new QuestionDefinition("b#o", "ordering", "?", "plain", JSON.readTree("{\"items\": [" + items + "]}"), null));
        assertFull(new QuestionDefinition("b#r", "multiple-response", "?", "plain", JSON.readTree("{\"options\": [" + options + "]}"), null));
    }

    @Test
    void anEssayGetsAParagraphForAnInstructor() throws Exception {
        QuestionDefinition essay = new QuestionDefinition("b#e", "essay", "Jelaskan tugas admin medsos.", "plain", JSON.readTree("{}"), null);
        QuestionType type = type(essay);
        BestResponse.Found found = BestResponse.find(type, essay, type.present(1, essay, null)).orElseThrow();
        assertEquals(Candidates.PARAGRAPH, found.response().path("text").asText());
        assertTrue(found.grade().manual());
    }

    @Test
    void everyQuestionOfTheDemoCoursesGetsFullCredit() {
        for (Path course : List.of(TestCourses.GOVERNANCE, TestCourses.NEWS_WRITING)) {
            QuizCatalog catalog = TestCourses.catalog();
            TestCourses.add(catalog, course);
            assertEquals(1, catalog.quizzes().size(), course.toString());
            assertFullCredit(catalog.quizzes().get(0));
        }
    }

    private static String item(int item, int option) {
        return "{\"id\": \"i" + item + "\", \"text\": \"Butir " + item + "\", \"option\": \"o" + option + "\"}";
    }

    /** Each question, shown shuffled as in an attempt, gets full credit from its own type. */
    private static void assertFullCredit(CompiledQuiz quiz) {
        quiz.categories().values().stream().flatMap(List::stream).forEach(BestResponseTest::assertFull);
    }

    private static void assertFull(QuestionDefinition definition) {
        QuestionType type = type(definition);
        ClientQuestion shown = type.present(1, definition, new SplittableRandom(definition.id().hashCode()));
        BestResponse.Found found = BestResponse.find(type, definition, shown).orElseThrow();
        assertEquals(1.0, found.grade().fraction(), 1e-9, definition.id() + ": " + found.response());
        assertEquals(1.0, type.grade(definition, found.response()).fraction(), 1e-9);
    }

    private static QuestionType type(QuestionDefinition definition) {
        return TestCourses.allTypes().type(definition.type()).orElseThrow();
    }
}
