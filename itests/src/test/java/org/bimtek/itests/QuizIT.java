package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.quiz.QuizResults;
import org.bimtek.api.storage.Database;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The quiz engine in the real distribution: question banks in course bundles, attempts whose saves are
 * idempotent and ordered, deadlines kept by the server and finished without cron, keys never sent early.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuizIT extends BimtekContainer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(15);
    /** Four questions, in this order, options not shuffled: a test knows what it answers. */
    private static final String GIFT = """
            ::ibu-kota:: Ibu kota Kalimantan Timur? {=Samarinda ~Balikpapan ~Bontang}

            ::mahakam:: Samarinda dilalui Sungai Mahakam. {T}

            ::kecamatan:: Berapa kecamatan di Samarinda? {#10}

            ::singkatan:: Tulis singkatan Dinas Komunikasi dan Informatika. {=Diskominfo =Dinas Kominfo}
            """;

    @Inject
    private Database database;

    @Inject
    private QuizResults results;

    @Override
    protected Option[] extraOptions() {
        // A fast sweeper, so that the test of it waits a second, not five.
        return new Option[] {editConfigurationFilePut("etc/org.bimtek.quiz.cfg", "sweepSeconds", "1")};
    }

    private Http login(String user, String password) throws Exception {
        Http http = new Http(port());
        Poll.until("login as " + user, Duration.ofSeconds(60), () -> http.login(user, password).status() == 200);
        return http;
    }

    /** Drops a course with the test quiz into deploy/ and waits until its quiz can be read. */
    private String deployQuizCourse(String courseId, double minutes) throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Files.write(deploy.resolve("org.bimtek.test." + courseId + ".jar"), CourseJars.withQuiz(courseId, "1.0.0", minutes, GIFT));
        Http http = login("peserta", "bimtek-peserta");
        String quizId = "quiz-" + courseId;
        Poll.until("quiz " + quizId + " readable", DEPLOY_TIMEOUT, () -> http.get("/api/quizzes/" + quizId).status() == 200);
        return quizId;
    }

    private static String optionId(JsonNode question, String text) {
        for (JsonNode option : question.path("options")) {
            if (option.path("text").asText().equals(text)) {
                return option.path("id").asText();
            }
        }
        throw new AssertionError("no option '" + text + "' in " + question);
    }

    private static String save(String saveId, Long seq, String response) {
        return "{\"saveId\": \"" + saveId + "\"" + (seq == null ? "" : ", \"seq\": " + seq) + ", \"response\": " + response + "}";
    }

    @Test
    public void everyBimtekCourseListsItsQuiz() throws Exception {
        Http peserta = login("peserta", "bimtek-peserta");
        Poll.until("the seven course quizzes", Duration.ofSeconds(60), () -> peserta.get("/api/quizzes").json().size() >= 7);
        JsonNode course = peserta.get("/api/courses/penulisan-berita-dasar").json();
        JsonNode quizzes = course.path("quizzes");
        assertEquals(1, quizzes.size());
        assertEquals("kuis-penulisan-berita-dasar", quizzes.get(0).path("id").asText());
        assertFalse(quizzes.get(0).path("title").asText().isBlank());
        JsonNode settings = peserta.get("/api/quizzes/kuis-penulisan-berita-dasar").json();
        assertEquals(10, settings.path("questionCount").asInt());
        assertTrue(settings.path("canStart").asBoolean());
    }

    @Test
    public void savesAreDurableIdempotentAndOrderedAndSubmitIsIdempotent() throws Exception {
        String quizId = deployQuizCourse("kuis-alur", 10);
        Http peserta = login("peserta", "bimtek-peserta");
        Http.Response started = peserta.postJson("/api/quizzes/" + quizId + "/attempts", "");
        assertEquals(started.body(), 201, started.status());
        JsonNode attempt = started.json();
        String id = attempt.path("id").asText();
        assertEquals("a second start resumes the open attempt", id,
                peserta.postJson("/api/quizzes/" + quizId + "/attempts", "").json().path("id").asText());
        JsonNode questions = attempt.path("questions");
        assertEquals(4, questions.size());
        assertTrue(attempt.path("remainingMs").asLong() > 500_000);
        String base = "/api/attempts/" + id + "/answers/";

        // Slot 1: a save, the same save again, a newer one, then an older one arriving late.
        String samarinda = optionId(questions.get(0), "Samarinda");
        String bontang = optionId(questions.get(0), "Bontang");
        assertEquals("saved", peserta.putJson(base + 1, save("a1", 100L, "{\"choice\": \"" + bontang + "\"}")).json().path("status").asText());
        assertEquals("duplicate", peserta.putJson(base + 1, save("a1", 100L, "{\"choice\": \"" + bontang + "\"}")).json().path("status").asText());
        assertEquals("saved", peserta.putJson(base + 1, save("a3", 300L, "{\"choice\": \"" + samarinda + "\"}")).json().path("status").asText());
        Http.Response late = peserta.putJson(base + 1, save("a2", 200L, "{\"choice\": \"" + bontang + "\"}"));
        assertEquals(200, late.status());
        assertEquals("superseded", late.json().path("status").asText());
        assertFalse(late.json().path("applied").asBoolean());

        assertEquals(200, peserta.putJson(base + 2, save("b1", null, "{\"choice\": \"true\"}")).status());
        assertEquals(200, peserta.putJson(base + 3, save("c1", null, "{\"number\": 10}")).status());
        // Malformed responses are refused with a reason, and change nothing.
        assertEquals(400, peserta.putJson(base + 4, save("d0", null, "{\"number\": 3}")).status());
        assertEquals(400, peserta.putJson(base + 4, save("bad id!", null, "{\"text\": \"x\"}")).status());
        assertEquals(400, peserta.putJson(base + 4, "{\"saveId\": ").status());
        assertEquals(404, peserta.putJson(base + 9, save("e1", null, "{\"text\": \"x\"}")).status());

        JsonNode kept = peserta.get("/api/attempts/" + id).json();
        assertEquals("OPEN", kept.path("state").asText());
        assertEquals("a3", kept.path("answers").path("1").path("saveId").asText());
        assertEquals(samarinda, kept.path("answers").path("1").path("response").path("choice").asText());
        assertTrue(kept.path("answers").path("4").isMissingNode());
        assertFalse("no review while open", kept.has("review"));

        JsonNode submitted = peserta.postJson("/api/attempts/" + id + "/submit", "").json();
        assertEquals("FINISHED", submitted.path("state").asText());
        assertEquals(75.0, submitted.path("result").path("score").asDouble(), 0.01);
        assertTrue(submitted.path("result").path("passed").asBoolean());
        assertEquals("SUBMIT", submitted.path("result").path("finishedBy").asText());
        JsonNode again = peserta.postJson("/api/attempts/" + id + "/submit", "").json();
        assertEquals(submitted.path("result"), again.path("result"));
        assertEquals(submitted.path("finishedAt"), again.path("finishedAt"));
        assertEquals(409, peserta.putJson(base + 4, save("d1", null, "{\"text\": \"Diskominfo\"}")).status());
        // Review is allowed after submit for this quiz: the right answers now come with it.
        assertEquals("Samarinda", submitted.path("review").get(0).path("correctAnswer").asText());

        QuizResult result = results.result(peserta.get("/api/auth/me").json().path("id").asLong(), quizId).orElseThrow();
        assertEquals(75.0, result.score(), 0.01);
        assertTrue(result.passed());
    }

    @Test
    public void answerKeysNeverReachTheBrowserAndOtherUsersAttemptsDoNotExist() throws Exception {
        String quizId = deployQuizCourse("kuis-rahasia", 10);
        Http peserta = login("peserta", "bimtek-peserta");
        String body = peserta.postJson("/api/quizzes/" + quizId + "/attempts", "").body();
        JsonNode attempt = Http.JSON.readTree(body);
        for (String secret : List.of("fraction", "feedback", "Diskominfo", "\"answer\"", "tolerance", "\"value\"")) {
            assertFalse("attempt JSON must not contain " + secret, body.contains(secret));
        }
        Pattern opaque = Pattern.compile("[0-9a-f]{10}");
        for (JsonNode option : attempt.path("questions").get(0).path("options")) {
            assertTrue(option.path("id").asText(), opaque.matcher(option.path("id").asText()).matches());
        }
        String quizSettings = peserta.get("/api/quizzes/" + quizId).body();
        assertFalse(quizSettings.contains("Samarinda"));

        String id = attempt.path("id").asText();
        Http other = login("instruktur", "bimtek-instruktur");
        assertEquals(404, other.get("/api/attempts/" + id).status());
        assertEquals(404, other.putJson("/api/attempts/" + id + "/answers/1", save("x1", null, "{\"choice\": \"true\"}")).status());
        assertEquals(404, other.postJson("/api/attempts/" + id + "/submit", "").status());
        assertEquals(404, other.get("/api/attempts/no-such-attempt").status());
    }

    @Test
    public void aPassedDeadlineFinishesTheAttemptWithItsSavedAnswersWithoutCron() throws Exception {
        String quizId = deployQuizCourse("kuis-kilat", 0.05); // three seconds
        Http peserta = login("peserta", "bimtek-peserta");
        JsonNode attempt = peserta.postJson("/api/quizzes/" + quizId + "/attempts", "").json();
        String id = attempt.path("id").asText();
        String samarinda = optionId(attempt.path("questions").get(0), "Samarinda");
        assertEquals(200, peserta.putJson("/api/attempts/" + id + "/answers/1", save("k1", null, "{\"choice\": \"" + samarinda + "\"}")).status());

        // Touched after the deadline: the save is refused with a clear message, the attempt is finished with what was saved.
        Http.Response[] last = new Http.Response[1];
        Poll.until("the deadline to pass", Duration.ofSeconds(10), () -> (last[0] = peserta
                .putJson("/api/attempts/" + id + "/answers/3", save("k2", null, "{\"number\": 99}"))).status() == 409);
        assertEquals("deadline_passed", last[0].json().path("error").path("code").asText());
        assertTrue(last[0].body(), last[0].json().path("error").path("message").asText().startsWith("Waktu kuis sudah habis"));
        assertEquals(409, peserta.putJson("/api/attempts/" + id + "/answers/2", save("k3", null, "{\"choice\": \"true\"}")).status());
        JsonNode finished = peserta.get("/api/attempts/" + id).json();
        assertEquals("FINISHED", finished.path("state").asText());
        assertEquals("DEADLINE", finished.path("result").path("finishedBy").asText());
        assertEquals(25.0, finished.path("result").path("score").asDouble(), 0.01);
        assertTrue(finished.path("answers").path("2").isMissingNode());

        // Not touched at all: the background sweeper finishes it.
        Http admin = login("admin", "bimtek-admin");
        String untouched = admin.postJson("/api/quizzes/" + quizId + "/attempts", "").json().path("id").asText();
        Poll.until("the sweeper to finish the untouched attempt", Duration.ofSeconds(15), () -> "FINISHED".equals(state(untouched)));
    }

    private String state(String attemptId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT state FROM quiz_attempt WHERE id = ?")) {
                select.setString(1, attemptId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Test
    public void removingACourseWithOpenAttemptsWarnsAndTheAttemptsFinishOnTheirVersion() throws Exception {
        String quizId = deployQuizCourse("kuis-lepas", 10);
        Http peserta = login("peserta", "bimtek-peserta");
        JsonNode attempt = peserta.postJson("/api/quizzes/" + quizId + "/attempts", "").json();
        String id = attempt.path("id").asText();

        Http admin = login("admin", "bimtek-admin");
        Http.Response warned = admin.delete("/api/modules/org.bimtek.test.kuis-lepas");
        assertEquals(warned.body(), 409, warned.status());
        assertEquals("open_work", warned.json().path("error").path("code").asText());
        assertTrue(warned.body(), warned.body().contains("1 percobaan kuis masih berjalan"));
        assertEquals(204, admin.delete("/api/modules/org.bimtek.test.kuis-lepas?confirm=true").status());
        Poll.until("quiz gone", DEPLOY_TIMEOUT, () -> peserta.get("/api/quizzes/" + quizId).status() == 404);

        String samarinda = optionId(attempt.path("questions").get(0), "Samarinda");
        assertEquals(200, peserta.putJson("/api/attempts/" + id + "/answers/1", save("l1", null, "{\"choice\": \"" + samarinda + "\"}")).status());
        JsonNode finished = peserta.postJson("/api/attempts/" + id + "/submit", "").json();
        assertEquals("FINISHED", finished.path("state").asText());
        assertEquals(25.0, finished.path("result").path("score").asDouble(), 0.01);
    }

    @Test
    public void aCourseWithABrokenQuestionBankIsRefusedNamingFileAndLine() throws Exception {
        Http admin = login("admin", "bimtek-admin");
        byte[] jar = CourseJars.withQuiz("kuis-rusak", "1.0.0", 10, GIFT + "\n::rusak:: Soal tanpa penutup {=a ~b\n");
        Http.Response refused = admin.postBytes("/api/modules", jar, "application/java-archive");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("quizzes/bank.gift:9"));
    }

    @Test
    public void theShellChecksAQuestionFileLineByLine() throws Exception {
        Path file = Files.createTempFile("soal", ".gift");
        Files.writeString(file, GIFT + "\n::rusak:: Soal tanpa penutup {=a ~b\n", StandardCharsets.UTF_8);
        String out = shell("bimtek:quiz-import-check " + file);
        assertTrue(out, out.contains("4 soal terbaca"));
        assertTrue(out, out.contains("SINGLE_CHOICE") && out.contains("NUMERICAL") && out.contains("TRUE_FALSE"));
        assertTrue(out, out.contains("1 kesalahan"));
        assertTrue(out, out.contains(file.getFileName() + ":9:"));
        assertTrue(out, out.contains("ibu-kota"));
    }
}
