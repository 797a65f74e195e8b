package org.bimtek.quiz.internal.engine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bimtek.api.identity.User;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.ProgressService;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Registry;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.bimtek.api.quiz.QuestionType;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code BIMTEK_DEMO=1} or {@code -Dbimtek.demo=true}, as identity decides it): the demo trainee
 * {@code peserta} passes the two basic quizzes of the demo courses. She takes them through the same start, save
 * and submit as a trainee in a browser, so that whatever counts results (the certification ladder) sees ordinary
 * attempts. The courses arrive at any time after this bundle starts, so each quiz is taken when its course joins
 * the catalogue, once: a quiz she has already finished is left alone, and a failure is only a WARN.
 */
@Component(immediate = true)
public final class QuizDemo {

    private static final Logger LOG = LoggerFactory.getLogger(QuizDemo.class);
    static final String USERNAME = "peserta";
    static final List<String> QUIZZES = List.of("kuis-tata-kelola-medsos-dasar", "kuis-penulisan-berita-dasar");

    private final QuizCatalog catalog;
    private final AttemptEngine engine;
    private final QuestionTypes types;
    private final UserService users;
    /** Set in OSGi only: the demo trainee also reads every lesson of the quiz's course, as a real one would first. */
    private volatile ProgressService progress;
    private volatile CourseCatalog courses;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Registry registry;
    /** How long to wait for the registry to link the trainee; none outside OSGi (the unit tests have no registry). */
    private volatile int registryWaitSeconds;
    /** Off the course extender's thread, and one quiz at a time. Starts its thread only on the first task. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bimtek-quiz-demo");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<CompiledQuiz> onAdded = quiz -> schedule(quiz.id(), quiz.courseId());

    @Activate
    public QuizDemo(@Reference QuizCatalog catalog, @Reference AttemptEngine engine, @Reference QuestionTypes types,
            @Reference UserService users, @Reference ProgressService progress, @Reference CourseCatalog courses) {
        this(catalog, engine, types, users, false);
        this.progress = progress;
        this.courses = courses;
        this.registryWaitSeconds = 60;
        if (isDemoMode()) {
            listen();
        }
    }

    QuizDemo(QuizCatalog catalog, AttemptEngine engine, QuestionTypes types, UserService users, boolean demo) {
        this.catalog = catalog;
        this.engine = engine;
        this.types = types;
        this.users = users;
        if (demo) {
            listen();
        }
    }

    private void listen() {
        // Listen first, then look: a course joining in between is seen twice, and the second run does nothing.
        catalog.addListener(onAdded);
        catalog.quizzes().forEach(onAdded);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        catalog.removeListener(onAdded);
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    private void schedule(String quizId, String courseId) {
        if (!QUIZZES.contains(quizId)) {
            return;
        }
        try {
            worker.execute(() -> take(quizId, courseId));
        } catch (RejectedExecutionException e) {
            LOG.debug("Demo: stopping, quiz {} not taken", quizId);
        }
    }

    private void take(String quizId, String courseId) {
        try {
            Optional<User> trainee = users.findByUsername(USERNAME);
            if (trainee.isEmpty()) {
                LOG.warn("Demo: no account '{}', quiz {} not taken", USERNAME, quizId);
                return;
            }
            awaitRegistered(trainee.get().id());
            readCourse(courseId, trainee.get().id());
            pass(engine, types, quizId, trainee.get().id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Demo: quiz {} not taken for '{}': {}", quizId, USERNAME, e.toString(), e);
        }
    }

    /**
     * Waits (a minute at most) until the registry's demo has linked the trainee to her person: passing these quizzes
     * earns her a certificate, whose snapshot would otherwise freeze without her NIP, unit and SK.
     */
    private void awaitRegistered(long userId) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(registryWaitSeconds);
        while (System.nanoTime() < until) {
            Registry people = registry;
            if (people != null && people.personByUser(userId).isPresent()) {
                return;
            }
            Thread.sleep(250);
        }
        if (registryWaitSeconds == 0) {
            return;
        }
        LOG.warn("Demo: '{}' is not in the registry after a minute; her quizzes are taken anyway", USERNAME);
    }

    /** Completes every lesson of the course through the same progress service as the lesson page's "done" button. */
    private void readCourse(String courseId, long userId) {
        ProgressService lessons = progress;
        CourseCatalog catalogue = courses;
        if (lessons == null || catalogue == null) {
            return;
        }
        catalogue.course(courseId).ifPresent(course -> course.lessons().forEach(l -> lessons.completed(userId, courseId, l.id())));
    }

    /**
     * Takes quiz {@code quizId} for user {@code userId} as a browser would, answering each question with the best
     * response found for it, unless the user already finished an attempt of it. True when an attempt was submitted.
     */
    static boolean pass(AttemptEngine engine, QuestionTypes types, String quizId, long userId) {
        if (engine.result(userId, quizId).isPresent()) {
            return false;
        }
        AttemptEngine.Started started = engine.startOrResume(quizId, userId);
        if (started.resumed()) {
            // The trainee has an attempt of her own open (a person using the demo account): never answer it for her.
            LOG.info("Demo: '{}' has an open attempt of quiz {}; left alone", USERNAME, quizId);
            return false;
        }
        Attempt attempt = started.attempt();
        for (int slot = 1; slot <= attempt.questions().size(); slot++) {
            answer(engine, types, attempt, slot);
        }
        Attempt done = engine.submit(attempt.id(), userId).attempt();
        if (done.passed()) {
            LOG.info("Demo: '{}' passed quiz {} with {}", USERNAME, quizId, Math.round(done.score()));
        } else {
            LOG.warn("Demo: quiz {} submitted but not passed: score {}, {} answer(s) awaiting an instructor", quizId, done.score(),
                    done.pendingManual());
        }
        return true;
    }

    /** One save, as the page sends it; {@link AttemptEngine#save} returns only once the answer is committed. */
    private static void answer(AttemptEngine engine, QuestionTypes types, Attempt attempt, int slot) {
        Attempt.Question question = attempt.questions().get(slot - 1);
        Optional<QuestionType> type = types.type(question.definition().type());
        Optional<BestResponse.Found> best = type.flatMap(t -> BestResponse.find(t, question.definition(), question.presented()));
        if (best.isEmpty()) {
            LOG.warn("Demo: no response found for question {} ({}) of quiz {}; left unanswered", question.definition().id(),
                    question.definition().type(), attempt.quizId());
            return;
        }
        // No client sequence: the engine orders the save by arrival, after anything saved before in a resumed attempt.
        SaveOutcome outcome = engine.save(attempt.id(), attempt.userId(), slot, "demo-" + slot, null, best.get().response());
        if (outcome.status() == SaveOutcome.Status.SUPERSEDED) {
            LOG.warn("Demo: the answer to question {} of quiz {} was superseded by another save", slot, attempt.quizId());
        }
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
