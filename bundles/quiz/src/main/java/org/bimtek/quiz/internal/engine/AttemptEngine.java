package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.quiz.QuizResults;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.quiz.internal.bank.QuizSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.bimtek.api.learning.LearningEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attempts: starting (questions fixed on the server), saving answers one by one, finishing (on submit, when a
 * late attempt is next touched, and by a background sweeper: no cron), grading, and the heartbeat that moves
 * open attempts' deadlines on by the time the server was down.
 *
 * <p>A save is acknowledged only after the UPDATE that stores it has committed (in a group with the saves
 * arriving at the same moment, see {@link SaveWriter}); Derby syncs its log on commit, so an acknowledged
 * answer survives a crash.
 */
@Component(service = {AttemptEngine.class, QuizResults.class}, configurationPid = "org.bimtek.quiz")
public final class AttemptEngine implements QuizResults {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptEngine.class);
    private static final Pattern SAVE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAX_RESPONSE_CHARS = 30_000;
    private static final int SWEEP_BATCH = 500;
    private static final int CACHE_LIMIT = 20_000;

    /** Configuration ({@code etc/org.bimtek.quiz.cfg}). */
    public @interface Config {
        /** How often overdue attempts are finished without being touched. */
        int sweepSeconds() default 5;

        /** How often the server records that it is running; a crash costs trainees at most this much of their time. */
        int heartbeatSeconds() default 5;

        /** This server's name in the heartbeat table. */
        String node() default "local";

        /** Threads that commit answer saves in groups; two let one batch be written while another is synced. */
        int saveWriters() default 2;
    }

    private final AttemptStore store;
    private final QuizCatalog catalog;
    private final QuestionTypes types;
    private final AuditLog audit;
    private final LongSupplier clock;
    private final String node;
    private final SecureRandom ids = new SecureRandom();
    /** Attempts read for saving: the snapshot never changes, state and deadline are refreshed when they do. */
    private final Map<String, Attempt> cache = new ConcurrentHashMap<>();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** Orders saves that come without a client sequence: arrival order, on the same scale as the page's (ms * 1000). */
    private final AtomicLong serverSequence = new AtomicLong();
    private final ScheduledExecutorService timer;

    @Activate
    public AttemptEngine(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.quiz)") Schema schema,
            @Reference QuizCatalog catalog, @Reference QuestionTypes types, @Reference AuditLog audit, Config config) {
        this(new AttemptStore(database, Math.max(1, config.saveWriters())), catalog, types, audit, System::currentTimeMillis, config.node());
        long[] recovered = store.beat(node, clock.getAsLong(), true);
        if (recovered[0] > 0) {
            LOG.warn("Server was down for {} s: {} open attempt(s) get that time back", recovered[1] / 1000, recovered[0]);
            audit.record(AuditLog.SYSTEM, "quiz.deadlines-extended", null,
                    recovered[0] + " attempt(s) by " + recovered[1] / 1000 + " s of downtime");
        }
        timer.scheduleWithFixedDelay(this::beat, config.heartbeatSeconds(), Math.max(1, config.heartbeatSeconds()), TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::sweep, 1, Math.max(1, config.sweepSeconds()), TimeUnit.SECONDS);
        catalog.openAttempts(store::openAttempts);
    }

    /** For tests: no timers, a clock of their own. */
    AttemptEngine(AttemptStore store, QuizCatalog catalog, QuestionTypes types, AuditLog audit, LongSupplier clock, String node) {
        this.store = store;
        this.catalog = catalog;
        this.types = types;
        this.audit = audit;
        this.clock = clock;
        this.node = node;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bimtek-quiz-sweeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
        beat();
    }

    // ---- starting --------------------------------------------------------------------------------------------

    /** The trainee's view of a quiz; overdue attempts are finished first, so that what it says is true now. */
    public QuizOverview overview(String quizId, long userId) {
        CompiledQuiz quiz = quiz(quizId);
        List<Attempt> attempts = finishOverdue(store.attempts(userId, quizId));
        return new QuizOverview(quiz, attempts, result(userId, quizId), cannotStart(quiz, attempts));
    }

    private CompiledQuiz quiz(String quizId) {
        return catalog.quiz(quizId).orElseThrow(() -> ApiException.notFound("Kuis '" + quizId + "' tidak ditemukan."));
    }

    private List<Attempt> finishOverdue(List<Attempt> attempts) {
        long now = clock.getAsLong();
        if (attempts.stream().noneMatch(a -> a.overdue(now) || a.state() == Attempt.State.GRADING)) {
            return attempts;
        }
        attempts.stream().filter(a -> a.overdue(now) || a.state() == Attempt.State.GRADING).forEach(a -> finish(a.id(), "DEADLINE"));
        return store.attempts(attempts.get(0).userId(), attempts.get(0).quizId());
    }

    private String cannotStart(CompiledQuiz quiz, List<Attempt> attempts) {
        if (attempts.stream().anyMatch(Attempt::open)) {
            return null; // resuming is always possible
        }
        Instant now = Instant.ofEpochMilli(clock.getAsLong());
        QuizSpec spec = quiz.spec();
        if (spec.opensAt() != null && now.isBefore(spec.opensAt())) {
            return "Kuis ini baru dibuka pada " + Times.wita(spec.opensAt()) + ".";
        }
        if (spec.closesAt() != null && !now.isBefore(spec.closesAt())) {
            return "Kuis ini sudah ditutup pada " + Times.wita(spec.closesAt()) + ".";
        }
        if (spec.attemptsAllowed() > 0 && attempts.size() >= spec.attemptsAllowed()) {
            return "Kesempatan Anda untuk kuis ini sudah habis (" + spec.attemptsAllowed() + " kali).";
        }
        return null;
    }

    /**
     * Starts an attempt, or returns the trainee's open one: a double click or a second tab does not use up an
     * attempt. The questions, their order and the options' order are fixed here, once.
     */
    public Attempt start(String quizId, long userId) {
        return startOrResume(quizId, userId).attempt();
    }

    /** An attempt just started, or the trainee's open one resumed. */
    public record Started(Attempt attempt, boolean resumed) {
    }

    /** {@link #start}, saying whether the attempt is new: the exam-start path, kept to one read and one write. */
    public Started startOrResume(String quizId, long userId) {
        CompiledQuiz quiz = quiz(quizId);
        for (int tries = 0; tries < 3; tries++) {
            List<Attempt> attempts = finishOverdue(store.attempts(userId, quizId));
            Optional<Attempt> open = attempts.stream().filter(Attempt::open).findFirst();
            if (open.isPresent()) {
                return new Started(attempt(open.get().id(), userId), true);
            }
            String refused = cannotStart(quiz, attempts);
            if (refused != null) {
                throw ApiException.conflict("cannot_start", refused);
            }
            Attempt attempt = draw(quiz, userId, attempts.size() + 1);
            if (store.insert(attempt)) {
                cache(attempt);
                return new Started(attempt, false);
            }
            // Another request of this trainee took the number first: read again.
        }
        throw ApiException.conflict("busy", "Percobaan sedang dibuat di tab lain. Muat ulang halaman.");
    }

    /** A new attempt as its trainee sees it: nothing saved yet, no review. Spares reading back what was just written. */
    public AttemptView fresh(Attempt attempt) {
        List<Answer> empty = new ArrayList<>();
        for (int slot = 1; slot <= attempt.questions().size(); slot++) {
            empty.add(new Answer(slot, attempt.questions().get(slot - 1).definition().id(), -1, null, null, null, null, Answer.AUTOMATIC,
                    null, null));
        }
        return new AttemptView(attempt, empty, false);
    }

    private Attempt draw(CompiledQuiz quiz, long userId, int number) {
        SplittableRandom random = new SplittableRandom(ids.nextLong());
        QuizSpec spec = quiz.spec();
        List<QuestionDefinition> chosen = new ArrayList<>();
        if (spec.draw().isEmpty()) {
            quiz.categories().values().forEach(chosen::addAll);
        } else {
            for (QuizSpec.Draw draw : spec.draw()) {
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < quiz.categories().get(draw.category()).size(); i++) {
                    indices.add(i);
                }
                Collections.shuffle(indices, new java.util.Random(random.nextLong()));
                List<Integer> taken = new ArrayList<>(indices.subList(0, draw.count()));
                Collections.sort(taken); // file order, unless the questions are shuffled below
                taken.forEach(i -> chosen.add(quiz.categories().get(draw.category()).get(i)));
            }
        }
        if (spec.shuffleQuestions()) {
            Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
        }
        List<Attempt.Question> questions = new ArrayList<>();
        for (QuestionDefinition definition : chosen) {
            QuestionType type = types.type(definition.type()).orElseThrow(() -> new ApiException(503, "type_unavailable",
                    "Jenis soal '" + definition.type() + "' sedang tidak tersedia; kuis belum bisa dimulai.", null));
            ClientQuestion shown = type.present(questions.size() + 1, definition, spec.shuffleOptions() ? random.split() : null);
            questions.add(new Attempt.Question(definition, shown));
        }
        long now = clock.getAsLong();
        long deadline = now + spec.timeLimit().toMillis();
        if (spec.closesAt() != null) {
            deadline = Math.min(deadline, spec.closesAt().toEpochMilli());
        }
        byte[] id = new byte[16];
        ids.nextBytes(id);
        return new Attempt(Base64.getUrlEncoder().withoutPadding().encodeToString(id), quiz.id(), quiz.courseId(), quiz.courseVersion(),
                userId, number, Attempt.State.OPEN, now, deadline, null, null, null, 0, AttemptSettings.of(spec), questions);
    }

    // ---- saving ----------------------------------------------------------------------------------------------

    /**
     * Saves one answer. Idempotent by {@code saveId}; {@code seq} (the client's order of its saves, e.g.
     * milliseconds * 1000 + a counter) keeps an older save from overwriting a newer one; without it, saves
     * count in the order they arrive.
     */
    public SaveOutcome save(String attemptId, long userId, int slot, String saveId, Long seq, JsonNode response) {
        if (saveId == null || !SAVE_ID.matcher(saveId).matches()) {
            throw ApiException.badRequest("invalid_save_id", "saveId harus 1-64 karakter: huruf, angka, . _ : -");
        }
        Attempt attempt = cachedAttempt(attemptId, userId);
        Attempt.Question question = question(attempt, slot);
        long now = clock.getAsLong();
        refuseIfClosed(attempt, now);
        if (response == null || response.isNull() || !response.isObject()) {
            throw ApiException.badRequest("invalid_response", "response harus objek JSON, misalnya {\"choice\": \"...\"}.");
        }
        Optional<String> malformed = types.type(question.definition().type()).flatMap(t -> t.check(question.definition(), response));
        if (malformed.isPresent()) {
            throw ApiException.badRequest("invalid_response", "Jawaban untuk soal " + slot + " tidak sesuai bentuknya: " + malformed.get());
        }
        String json = AttemptStore.write(response);
        if (json.length() > MAX_RESPONSE_CHARS) {
            throw new ApiException(413, "response_too_large", "Jawaban terlalu panjang (paling banyak " + MAX_RESPONSE_CHARS + " karakter).", null);
        }
        long order = seq != null ? seq : nextServerSequence(now);
        if (store.save(attemptId, slot, order, saveId, json, now)) {
            return new SaveOutcome(slot, saveId, SaveOutcome.Status.SAVED, now);
        }
        // Not written: the attempt closed meanwhile, or this save is a repeat, or a newer save is kept.
        Attempt fresh = store.attempt(attemptId).orElseThrow();
        cache(fresh);
        refuseIfClosed(fresh, clock.getAsLong());
        Answer kept = store.answer(attemptId, slot).orElseThrow();
        return new SaveOutcome(slot, saveId, saveId.equals(kept.saveId()) ? SaveOutcome.Status.DUPLICATE : SaveOutcome.Status.SUPERSEDED,
                kept.savedMs() == null ? now : kept.savedMs());
    }

    private void refuseIfClosed(Attempt attempt, long now) {
        if (attempt.overdue(now)) {
            finish(attempt.id(), "DEADLINE");
            throw ApiException.conflict("deadline_passed", "Waktu kuis sudah habis pada " + Times.wita(Instant.ofEpochMilli(attempt.deadlineMs()))
                    + "; jawaban ini tidak disimpan. Jawaban yang tersimpan sebelumnya sudah dinilai.");
        }
        if (!attempt.open()) {
            throw ApiException.conflict("attempt_finished", "Percobaan ini sudah selesai; jawaban tidak bisa diubah lagi.");
        }
    }

    private long nextServerSequence(long now) {
        return serverSequence.updateAndGet(last -> Math.max(last + 1, now * 1000));
    }

    private Attempt.Question question(Attempt attempt, int slot) {
        if (slot < 1 || slot > attempt.questions().size()) {
            throw ApiException.notFound("Soal nomor " + slot + " tidak ada di percobaan ini (1-" + attempt.questions().size() + ").");
        }
        return attempt.questions().get(slot - 1);
    }

    // ---- finishing and grading -------------------------------------------------------------------------------

    /** Submits: finishes the attempt with its saved answers. Submitting again returns the same finished attempt. */
    public AttemptView submit(String attemptId, long userId) {
        Attempt attempt = attempt(attemptId, userId);
        if (attempt.state() != Attempt.State.FINISHED) {
            finish(attemptId, attempt.overdue(clock.getAsLong()) ? "DEADLINE" : "SUBMIT");
        }
        return view(attemptId, userId);
    }

    /**
     * Closes the attempt to answers (if still open) and grades it. Closing first, in its own commit, means every
     * save either committed before (and is graded) or sees the attempt closed (and is refused): none is lost
     * in between. Safe to call twice or concurrently; a crash between the two steps is finished by the sweeper.
     */
    void finish(String attemptId, String by) {
        store.close(attemptId, clock.getAsLong(), by);
        Attempt attempt = store.attempt(attemptId).orElseThrow();
        if (attempt.state() == Attempt.State.GRADING) {
            grade(attempt);
            resultChanged(attempt);
        }
        cache.remove(attemptId);
    }

    /** Tells what builds on quiz results (the certification ladder) that this trainee's result may have changed. */
    private void resultChanged(Attempt attempt) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(LearningEvents.QUIZ_RESULT, Map.of(LearningEvents.USER_ID, attempt.userId(),
                    LearningEvents.COURSE_ID, attempt.courseId())));
        }
    }

    private void grade(Attempt attempt) {
        List<Answer> graded = new ArrayList<>();
        double total = 0;
        int pending = 0;
        for (Answer answer : store.answers(attempt.id())) {
            QuestionDefinition definition = attempt.questions().get(answer.slot() - 1).definition();
            Grade grade = grade(definition, answer);
            int manual = grade.manual() ? Answer.AWAITING_INSTRUCTOR : Answer.AUTOMATIC;
            pending += manual;
            total += grade.fraction();
            graded.add(new Answer(answer.slot(), answer.questionId(), answer.saveSeq(), answer.saveId(), answer.response(), answer.savedMs(),
                    grade.fraction(), manual, null, null));
        }
        double score = attempt.questions().isEmpty() ? 0 : 100.0 * total / attempt.questions().size();
        store.writeGrades(attempt.id(), graded, score, pending);
    }

    /** An unanswered question earns nothing; a type that is gone, like an essay, waits for an instructor. */
    public Grade grade(QuestionDefinition definition, Answer answer) {
        if (!answer.answered()) {
            return Grade.of(0, List.of());
        }
        Optional<QuestionType> type = types.type(definition.type());
        if (type.isEmpty()) {
            return Grade.awaitingInstructor();
        }
        if (type.get().check(definition, answer.response()).isPresent()) {
            return Grade.of(0, List.of());
        }
        return type.get().grade(definition, answer.response());
    }

    /** Finishes attempts past their deadline that nobody touched, and gradings a crash interrupted. */
    void sweep() {
        try {
            for (String id : store.dueForFinishing(clock.getAsLong(), SWEEP_BATCH)) {
                finish(id, "DEADLINE");
            }
        } catch (RuntimeException e) {
            LOG.warn("Finishing overdue attempts failed; trying again at the next sweep", e);
        }
    }

    private void beat() {
        try {
            store.beat(node, clock.getAsLong(), false);
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat not recorded", e);
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The attempt as its trainee sees it; an overdue one is finished first. Another user's attempt does not exist for them. */
    public AttemptView view(String attemptId, long userId) {
        Attempt attempt = attempt(attemptId, userId);
        if (attempt.overdue(clock.getAsLong()) || attempt.state() == Attempt.State.GRADING) {
            finish(attemptId, "DEADLINE");
            attempt = attempt(attemptId, userId);
        }
        return new AttemptView(attempt, store.answers(attemptId), reviewAllowed(attempt));
    }

    private boolean reviewAllowed(Attempt attempt) {
        if (attempt.state() != Attempt.State.FINISHED) {
            return false;
        }
        AttemptSettings settings = attempt.settings();
        return switch (settings.review()) {
            case NEVER -> false;
            case AFTER_SUBMIT -> true;
            // With no closing time, the quiz is closed for a trainee once they can start no further attempt.
            case AFTER_CLOSE -> settings.closesAtMs() != null ? clock.getAsLong() >= settings.closesAtMs()
                    : settings.attemptsAllowed() > 0 && store.lastNumber(attempt.userId(), attempt.quizId()) >= settings.attemptsAllowed()
                            && store.openAttemptId(attempt.userId(), attempt.quizId()).isEmpty();
        };
    }

    /** The attempt from the database, if it is this user's; 404 otherwise, so that attempt ids cannot be probed. */
    public Attempt attempt(String attemptId, long userId) {
        Optional<Attempt> found = attemptId == null || attemptId.length() > 32 ? Optional.empty() : store.attempt(attemptId);
        if (found.isEmpty() || found.get().userId() != userId) {
            throw ApiException.notFound("Percobaan kuis tidak ditemukan.");
        }
        if (found.get().open()) {
            cache(found.get());
        }
        return found.get();
    }

    private Attempt cachedAttempt(String attemptId, long userId) {
        Attempt cached = attemptId == null ? null : cache.get(attemptId);
        if (cached == null || cached.userId() != userId) {
            return attempt(attemptId, userId);
        }
        return cached;
    }

    private void cache(Attempt attempt) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // a simple bound: the database stays the truth, entries come back on use
        }
        if (attempt.open()) {
            cache.put(attempt.id(), attempt);
        } else {
            cache.remove(attempt.id());
        }
    }

    // ---- instructors -----------------------------------------------------------------------------------------

    /** Answers of a quiz waiting for an instructor's grade, with the question each answers. */
    public List<Pending> pendingGrading(String quizId) {
        List<Pending> pending = new ArrayList<>();
        Map<String, Attempt> attempts = new java.util.HashMap<>();
        for (PendingAnswer answer : store.pendingManual(quizId, 200)) {
            Attempt attempt = attempts.computeIfAbsent(answer.attemptId(), id -> store.attempt(id).orElseThrow());
            pending.add(new Pending(answer, attempt.questions().get(answer.slot() - 1)));
        }
        return pending;
    }

    /** An answer for the grading queue and the question it answers. */
    public record Pending(PendingAnswer answer, Attempt.Question question) {
    }

    /** An instructor's grade (0 to 1) for an answer that needs one, or a regrade; the attempt's score follows. */
    public void gradeByInstructor(String attemptId, int slot, double fraction, String grader, String comment) {
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw ApiException.badRequest("invalid_fraction", "fraction harus antara 0 dan 1.");
        }
        Attempt attempt = store.attempt(attemptId == null || attemptId.length() > 32 ? "" : attemptId)
                .orElseThrow(() -> ApiException.notFound("Percobaan kuis tidak ditemukan."));
        question(attempt, slot);
        if (attempt.state() != Attempt.State.FINISHED) {
            throw ApiException.conflict("not_finished", "Percobaan ini belum selesai.");
        }
        if (!store.gradeByInstructor(attemptId, slot, fraction, grader, comment, attempt.questions().size())) {
            throw ApiException.conflict("not_manual", "Jawaban ini dinilai otomatis, bukan oleh instruktur.");
        }
        audit.record(grader, "quiz.graded", "attempt:" + attemptId, "slot " + slot + ": " + fraction);
        resultChanged(attempt);
    }

    public QuizStatistics statistics(String quizId) {
        return store.statistics(quizId, quiz(quizId).spec().passMark());
    }

    // ---- results ---------------------------------------------------------------------------------------------

    @Override
    public Optional<QuizResult> result(long userId, String quizId) {
        return results(userId).stream().filter(r -> r.quizId().equals(quizId)).findFirst();
    }

    @Override
    public List<QuizResult> results(long userId) {
        Map<String, List<Attempt>> byQuiz = new java.util.LinkedHashMap<>();
        for (Attempt attempt : store.finished(userId)) {
            byQuiz.computeIfAbsent(attempt.quizId(), q -> new ArrayList<>()).add(attempt);
        }
        List<QuizResult> results = new ArrayList<>();
        byQuiz.forEach((quizId, attempts) -> {
            Attempt latest = attempts.get(attempts.size() - 1);
            Attempt counted = latest.settings().grading() == QuizSpec.Grading.LAST ? latest
                    : attempts.stream().max(Comparator.comparingDouble((Attempt a) -> a.score() == null ? 0 : a.score())
                            .thenComparingInt(Attempt::number)).orElseThrow();
            results.add(new QuizResult(userId, quizId, counted.courseId(), counted.score() == null ? 0 : counted.score(), counted.passed(),
                    counted.pendingManual() > 0, attempts.size(), Instant.ofEpochMilli(counted.finishedMs() == null ? 0 : counted.finishedMs()),
                    attempts.stream().filter(Attempt::passed).map(Attempt::finishedMs).filter(java.util.Objects::nonNull)
                            .max(Long::compare).map(Instant::ofEpochMilli).orElse(null)));
        });
        return results;
    }
}
