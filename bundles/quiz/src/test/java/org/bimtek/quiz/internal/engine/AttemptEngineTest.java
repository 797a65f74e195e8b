package org.bimtek.quiz.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Text;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.storage.Database;
import org.bimtek.quiz.internal.types.EssayType;
import org.bimtek.storage.internal.MemoryDatabase;
import org.bimtek.quiz.internal.types.SingleChoiceType;
import org.bimtek.quiz.internal.types.TrueFalseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attempt engine on real (in-memory) Derby, with the bundle's own schema and a clock the test moves. */
class AttemptEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MINUTE = 60_000;
    private static final String GIFT = """
            ::kota:: Ibu kota Kaltim? {=Samarinda ~Bontang ~Balikpapan}

            ::sungai:: Samarinda di tepi Mahakam. {T}

            ::esai:: Jelaskan tugas admin medsos. {}
            """;

    private final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    private Database database;
    private AttemptStore store;
    private AttemptEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        database = MemoryDatabase.create("org.bimtek.quiz", AttemptEngineTest.class);
        store = new AttemptStore(database, 2);
        engine = engine("LAST", 2);
    }

    /** An engine with one course quiz, {@code kuis}: the three questions above in order, ten minutes. */
    private AttemptEngine engine(String grading, int attempts) throws Exception {
        QuizCatalog catalog = new QuizCatalog("a-test-key-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8));
        String descriptor = """
                {"id": "kursus", "quizzes": [{"id": "kuis", "title": {"id": "Kuis"}, "banks": ["bank.gift"], "timeLimitMinutes": 10,
                  "shuffleQuestions": false, "shuffleOptions": false, "attemptsAllowed": %d, "passMark": 50, "grading": "%s"}]}
                """.formatted(attempts, grading);
        CourseContent content = new CourseContent() {
            @Override
            public Optional<byte[]> read(String path) {
                return path.equals("bank.gift") ? Optional.of(GIFT.getBytes(StandardCharsets.UTF_8)) : Optional.empty();
            }

            @Override
            public String descriptor() {
                return descriptor;
            }
        };
        Course course = new Course("kursus", "1.0.0", new Text("Kursus", null), "news-writing", Tier.DASAR, new Text("S", null), List.of(), "b");
        catalog.added(course, content, JSON.readTree(descriptor).path("quizzes"));
        return new AttemptEngine(store, catalog, QuestionTypes.of(new SingleChoiceType(), new TrueFalseType(), new EssayType()),
                new RecordingAudit(), now::get, "test");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private String samarinda(Attempt attempt) {
        return attempt.questions().get(0).presented().options().stream().filter(o -> o.text().equals("Samarinda")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void startingFixesTheQuestionsOnceAndAgainResumesTheSameAttempt() {
        Attempt first = engine.start("kuis", 7);
        assertEquals(3, first.questions().size());
        assertEquals(now.get() + 10 * MINUTE, first.deadlineMs());
        Attempt again = engine.start("kuis", 7);
        assertEquals(first.id(), again.id());
        assertEquals(first.questions(), engine.view(first.id(), 7).attempt().questions());
        assertThrows(ApiException.class, () -> engine.view(first.id(), 8), "another user's attempt does not exist for them");
    }

    @Test
    void aSaveIsIdempotentAndAnOlderOneNeverOverwritesANewerOne() throws Exception {
        Attempt attempt = engine.start("kuis", 7);
        assertEquals(SaveOutcome.Status.SAVED, engine.save(attempt.id(), 7, 2, "a", 10L, json("{\"choice\": \"false\"}")).status());
        assertEquals(SaveOutcome.Status.DUPLICATE, engine.save(attempt.id(), 7, 2, "a", 10L, json("{\"choice\": \"false\"}")).status());
        assertEquals(SaveOutcome.Status.SAVED, engine.save(attempt.id(), 7, 2, "c", 30L, json("{\"choice\": \"true\"}")).status());
        assertEquals(SaveOutcome.Status.SUPERSEDED, engine.save(attempt.id(), 7, 2, "b", 20L, json("{\"choice\": \"false\"}")).status());
        Answer kept = engine.view(attempt.id(), 7).answers().get(1);
        assertEquals("c", kept.saveId());
        assertEquals("true", kept.response().path("choice").asText());
        ApiException malformed = assertThrows(ApiException.class,
                () -> engine.save(attempt.id(), 7, 2, "d", 40L, json("{\"choice\": \"maybe\"}")));
        assertEquals(400, malformed.status());
    }

    @Test
    void aLateSaveIsRefusedAndTheAttemptFinishesWithWhatWasSaved() throws Exception {
        Attempt attempt = engine.start("kuis", 7);
        engine.save(attempt.id(), 7, 1, "a", null, json("{\"choice\": \"" + samarinda(attempt) + "\"}"));
        now.addAndGet(10 * MINUTE + 1);
        ApiException late = assertThrows(ApiException.class, () -> engine.save(attempt.id(), 7, 2, "b", null, json("{\"choice\": \"true\"}")));
        assertEquals("deadline_passed", late.code());
        AttemptView view = engine.view(attempt.id(), 7);
        assertEquals(Attempt.State.FINISHED, view.attempt().state());
        assertEquals("DEADLINE", view.attempt().finishedBy());
        assertEquals(100.0 / 3, view.attempt().score(), 0.001);
        assertFalse(view.answers().get(1).answered());
    }

    @Test
    void theSweeperFinishesAnUntouchedAttemptAndSubmitIsIdempotent() {
        Attempt attempt = engine.start("kuis", 7);
        engine.sweep();
        assertEquals(Attempt.State.OPEN, store.attempt(attempt.id()).orElseThrow().state());
        now.addAndGet(11 * MINUTE);
        engine.sweep();
        Attempt swept = store.attempt(attempt.id()).orElseThrow();
        assertEquals(Attempt.State.FINISHED, swept.state());
        assertEquals(swept, engine.submit(attempt.id(), 7).attempt());
    }

    @Test
    void afterDowntimeOpenAttemptsGetTheLostTimeBackButOverdueOnesDoNot() {
        Attempt overdue = engine.start("kuis", 7);
        now.addAndGet(20 * MINUTE);
        store.beat("test", now.get(), false); // the server was up after that attempt's deadline
        Attempt running = engine.start("kuis", 9);
        now.addAndGet(MINUTE);
        store.beat("test", now.get(), false); // the last beat before the crash
        now.addAndGet(5 * MINUTE);
        long[] recovered = store.beat("test", now.get(), true);
        assertEquals(1, recovered[0]);
        assertEquals(5 * MINUTE, recovered[1]);
        assertEquals(running.deadlineMs() + 5 * MINUTE, store.attempt(running.id()).orElseThrow().deadlineMs());
        assertEquals(overdue.deadlineMs(), store.attempt(overdue.id()).orElseThrow().deadlineMs(), "its time had run out before the crash");
        assertEquals(0, store.beat("test", now.get(), true)[0], "recovering twice gives the time back once");
    }

    @Test
    void anEssayWaitsForAnInstructorAndItsGradeCompletesTheScore() throws Exception {
        Attempt attempt = engine.start("kuis", 7);
        engine.save(attempt.id(), 7, 1, "a", null, json("{\"choice\": \"" + samarinda(attempt) + "\"}"));
        engine.save(attempt.id(), 7, 3, "c", null, json("{\"text\": \"Mengelola akun resmi.\"}"));
        AttemptView submitted = engine.submit(attempt.id(), 7);
        assertEquals(1, submitted.attempt().pendingManual());
        assertFalse(submitted.attempt().passed(), "not passed while an essay waits");
        assertEquals(1, engine.pendingGrading("kuis").size());
        engine.gradeByInstructor(attempt.id(), 3, 0.5, "instruktur", "Cukup baik.");
        Attempt graded = engine.view(attempt.id(), 7).attempt();
        assertEquals(0, graded.pendingManual());
        assertEquals(50.0, graded.score(), 0.001);
        assertTrue(graded.passed());
        assertEquals(List.of(), engine.pendingGrading("kuis"));
        assertThrows(ApiException.class, () -> engine.gradeByInstructor(attempt.id(), 1, 1, "instruktur", null), "not an essay");
    }

    @Test
    void attemptsAreLimitedAndTheResultFollowsTheGradingMethod() throws Exception {
        Attempt first = engine.start("kuis", 7);
        engine.save(first.id(), 7, 1, "a", null, json("{\"choice\": \"" + samarinda(first) + "\"}"));
        engine.save(first.id(), 7, 2, "b", null, json("{\"choice\": \"true\"}"));
        engine.submit(first.id(), 7);
        Attempt second = engine.start("kuis", 7);
        engine.submit(second.id(), 7);
        ApiException none = assertThrows(ApiException.class, () -> engine.start("kuis", 7));
        assertEquals("cannot_start", none.code());
        QuizResult last = engine.result(7, "kuis").orElseThrow();
        assertEquals(0.0, last.score(), 0.001, "grading LAST counts the second attempt");
        assertEquals(2, last.attempts());

        engine = engine("HIGHEST", 2);
        assertEquals(0.0, engine.result(7, "kuis").orElseThrow().score(), 0.001,
                "the grading method kept with the attempts decides, not a later version's");
    }

    /** Collects audit entries in memory. */
    private static final class RecordingAudit implements AuditLog {
        final List<String> actions = new ArrayList<>();

        @Override
        public AuditEntry record(String actor, String action, String target, String detail) {
            actions.add(action);
            return null;
        }

        @Override
        public List<AuditEntry> recent(String action, int limit) {
            return List.of();
        }
    }

}
