package org.bimtek.quiz.internal.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Problem;
import org.junit.jupiter.api.Test;

class QuizReaderTest {

    private static final byte[] KEY = "a-test-key-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String GIFT = """
            $CATEGORY: dasar

            ::q1:: Ibu kota Kaltim? {=Samarinda ~Bontang}

            ::q2:: Samarinda di tepi Mahakam. {T}

            $CATEGORY: lanjut

            ::q3:: Berapa kecamatan di Samarinda? {#10}
            """;

    /** A course folder in memory: course.json plus the files of the test. */
    private record Files(Map<String, String> files) implements CourseContent {
        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(files.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String descriptor() {
            return files.get("course.json");
        }
    }

    private static QuizReader.Result read(String quizzes, Map<String, String> banks) throws Exception {
        String descriptor = "{\"id\": \"kursus\",\n \"quizzes\": " + quizzes + "\n}";
        Map<String, String> files = new HashMap<>(banks);
        files.put("course.json", descriptor);
        JsonNode section = new ObjectMapper().readTree(descriptor).path("quizzes");
        return QuizReader.read(new Files(files), section, "kursus", "1.0.0", KEY);
    }

    @Test
    void compilesAQuizWithItsCategoriesAndSettings() throws Exception {
        QuizReader.Result result = read("""
                [{"id": "kuis-a", "title": {"id": "Kuis A", "en": "Quiz A"}, "banks": ["quizzes/a.gift", "quizzes/u.json"],
                  "draw": [{"category": "dasar", "count": 1}, {"category": "urutan", "count": 1}],
                  "shuffleQuestions": false, "timeLimitMinutes": 0.5, "attemptsAllowed": 2, "passMark": 60,
                  "grading": "last", "review": "AFTER_CLOSE", "closesAt": "2027-01-31T17:00:00+08:00"}]
                """, Map.of("quizzes/a.gift", GIFT, "quizzes/u.json",
                "{\"category\": \"urutan\", \"questions\": [{\"name\": \"u\", \"type\": \"ordering\", \"text\": \"t\", \"items\": [\"a\", \"b\"]}]}"));
        assertEquals(List.of(), result.problems());
        CompiledQuiz quiz = result.quizzes().get(0);
        assertEquals(List.of("dasar", "lanjut", "urutan"), List.copyOf(new java.util.TreeSet<>(quiz.categories().keySet())));
        assertEquals(2, quiz.categories().get("dasar").size());
        assertEquals("kursus/quizzes/a.gift#q1", quiz.categories().get("dasar").get(0).id());
        QuizSpec spec = quiz.spec();
        assertEquals(Duration.ofSeconds(30), spec.timeLimit());
        assertEquals(QuizSpec.Grading.LAST, spec.grading());
        assertEquals(QuizSpec.Review.AFTER_CLOSE, spec.review());
        assertEquals(false, spec.shuffleQuestions());
        assertEquals(true, spec.shuffleOptions());
        assertEquals("2027-01-31T09:00:00Z", spec.closesAt().toString());
    }

    @Test
    void defaultsAreSensibleAndQuestionsWithoutCategoryTakeTheFileName() throws Exception {
        QuizReader.Result result = read("[{\"id\": \"kuis-b\", \"title\": {\"id\": \"B\"}, \"banks\": [\"soal.txt\"]}]",
                Map.of("soal.txt", "Ibu kota?\nA. Samarinda\nB. Bontang\nANSWER: A\n"));
        assertEquals(List.of(), result.problems());
        QuizSpec spec = result.quizzes().get(0).spec();
        assertEquals(Duration.ofMinutes(30), spec.timeLimit());
        assertEquals(70, spec.passMark());
        assertEquals(0, spec.attemptsAllowed());
        assertEquals(QuizSpec.Grading.HIGHEST, spec.grading());
        assertEquals(List.of("soal"), List.copyOf(result.quizzes().get(0).categories().keySet()));
    }

    @Test
    void everyProblemIsReportedWithItsFileAndLine() throws Exception {
        QuizReader.Result result = read("""
                [{"id": "Kuis Salah", "title": {"id": "X"}, "banks": ["a.gift", "hilang.gift"],
                  "draw": [{"category": "dasar", "count": 5}, {"category": "tidak-ada", "count": 1}],
                  "timeLimitMinutes": 0, "grading": "AVERAGE", "opensAt": "besok"},
                 {"id": "kuis-c", "title": {"id": "C"}, "banks": ["a.gift"], "warna": "biru"}]
                """, Map.of("a.gift", GIFT + "\n::q4:: Rusak {=a ~b\n"));
        assertTrue(result.quizzes().isEmpty());
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("course.json:2: quiz id must be 3-64 characters: lowercase letters, digits and '-', not 'Kuis Salah'"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("a.gift:11: unclosed {")), problems.toString());
        assertTrue(problems.contains("course.json:2: question bank not found: hilang.gift"), problems.toString());
        assertTrue(problems.contains("course.json:3: draw: count for 'dasar' must be 1 to 2, the questions it has"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("course.json:3: draw: no category 'tidak-ada'")), problems.toString());
        assertTrue(problems.contains("course.json:4: timeLimitMinutes must be 0.05 to 600"), problems.toString());
        assertTrue(problems.contains("course.json:4: grading must be one of HIGHEST, LAST, not 'AVERAGE'"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("course.json:4: opensAt must be a date and time")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("course.json:5: quiz: Unrecognized field \"warna\"")), problems.toString());
    }

    @Test
    void quizIdsAreUniqueWithinACourse() throws Exception {
        QuizReader.Result result = read("""
                [{"id": "kuis-d", "title": {"id": "D"}, "banks": ["a.gift"]},
                 {"id": "kuis-d", "title": {"id": "D2"}, "banks": ["a.gift"]}]
                """, Map.of("a.gift", GIFT));
        assertEquals(List.of("course.json:2: quiz id 'kuis-d' is used twice"), result.problems().stream().map(Problem::toString).toList());
    }
}
