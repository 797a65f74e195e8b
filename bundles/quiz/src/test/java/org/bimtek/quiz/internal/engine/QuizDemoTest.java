package org.bimtek.quiz.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.course.Course;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo trainee's quizzes, taken through the real engine on real (in-memory) Derby. */
class QuizDemoTest {

    private static final long PESERTA = 42;

    private QuizCatalog catalog;
    private AttemptEngine engine;
    private final QuestionTypes types = TestCourses.allTypes();

    @BeforeEach
    void setUp() throws Exception {
        catalog = TestCourses.catalog();
        engine = TestCourses.engine(MemoryDatabase.create("org.bimtek.quiz", QuizDemoTest.class), catalog);
    }

    @Test
    void passesAQuizOnceAndLeavesItAloneAfterwards() {
        BestResponseTest.addTestCourse(catalog);
        assertTrue(QuizDemo.pass(engine, types, "kuis-uji", PESERTA));
        QuizResult result = engine.result(PESERTA, "kuis-uji").orElseThrow();
        assertTrue(result.passed());
        assertEquals(100.0, result.score(), 1e-9);
        assertFalse(QuizDemo.pass(engine, types, "kuis-uji", PESERTA), "a finished quiz is not taken again");
        assertEquals(1, engine.result(PESERTA, "kuis-uji").orElseThrow().attempts());
    }

    @Test
    void neverAnswersAnAttemptTheTraineeHasOpen() {
        BestResponseTest.addTestCourse(catalog);
        Attempt mine = engine.start("kuis-uji", PESERTA);
        assertFalse(QuizDemo.pass(engine, types, "kuis-uji", PESERTA));
        assertEquals(Attempt.State.OPEN, engine.attempt(mine.id(), PESERTA).state(), "her own attempt stays hers");
    }

    @Test
    void passesTheDemoCoursesQuizzes() {
        for (Path course : List.of(TestCourses.GOVERNANCE, TestCourses.NEWS_WRITING)) {
            TestCourses.add(catalog, course);
        }
        assertEquals(QuizDemo.QUIZZES.stream().sorted().toList(), catalog.quizzes().stream().map(q -> q.id()).sorted().toList(),
                "the demo names the demo courses' quizzes");
        for (String quizId : QuizDemo.QUIZZES) {
            assertTrue(QuizDemo.pass(engine, types, quizId, PESERTA));
            QuizResult result = engine.result(PESERTA, quizId).orElseThrow();
            assertTrue(result.passed(), quizId);
            assertTrue(result.score() >= 90, quizId + ": " + result.score());
            assertEquals(100.0, result.score(), 1e-9, quizId);
        }
    }

    @Test
    void inDemoModeTheQuizzesAreTakenWhenTheirCoursesArriveAndOnlyOnce() throws Exception {
        TestCourses.add(catalog, TestCourses.GOVERNANCE); // here before the demo starts
        QuizDemo demo = new QuizDemo(catalog, engine, types, new Trainee(), true);
        Course news = TestCourses.add(catalog, TestCourses.NEWS_WRITING); // arrives later
        BestResponseTest.addTestCourse(catalog); // not a demo quiz
        for (String quizId : QuizDemo.QUIZZES) {
            waitForResult(quizId);
        }
        catalog.removed(news);
        TestCourses.add(catalog, TestCourses.NEWS_WRITING); // the course is updated or restarted
        demo.deactivate(); // lets the queued run finish
        for (String quizId : QuizDemo.QUIZZES) {
            QuizResult result = engine.result(PESERTA, quizId).orElseThrow();
            assertTrue(result.passed(), quizId);
            assertEquals(1, result.attempts(), quizId);
        }
        assertEquals(Optional.empty(), engine.result(PESERTA, "kuis-uji"));
        TestCourses.add(catalog, TestCourses.NEWS_WRITING);
        assertEquals(1, engine.result(PESERTA, "kuis-penulisan-berita-dasar").orElseThrow().attempts(), "no longer listening");
    }

    @Test
    void outsideDemoModeNothingHappens() throws Exception {
        QuizDemo demo = new QuizDemo(catalog, engine, types, new Trainee(), false);
        TestCourses.add(catalog, TestCourses.GOVERNANCE);
        demo.deactivate();
        assertEquals(List.of(), engine.results(PESERTA));
    }

    private void waitForResult(String quizId) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (engine.result(PESERTA, quizId).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(engine.result(PESERTA, quizId).isPresent(), quizId + " taken");
    }

    /** The identity service as demo mode leaves it: the demo trainee exists. */
    private static final class Trainee implements UserService {
        private final User peserta = new User(PESERTA, QuizDemo.USERNAME, "Siti Rahmawati", Set.of(Role.TRAINEE), true, Instant.EPOCH);

        @Override
        public User create(String username, String displayName, Set<Role> roles, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<User> find(long id) {
            return id == PESERTA ? Optional.of(peserta) : Optional.empty();
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return QuizDemo.USERNAME.equals(username) ? Optional.of(peserta) : Optional.empty();
        }

        @Override
        public List<User> list() {
            return List.of(peserta);
        }

        @Override
        public void setPassword(String username, char[] password) {
            throw new UnsupportedOperationException();
        }
    }
}
