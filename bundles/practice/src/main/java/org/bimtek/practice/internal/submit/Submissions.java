package org.bimtek.practice.internal.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.learning.LearningEvents;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.practice.internal.task.TaskCatalog;
import org.bimtek.practice.internal.task.TaskKind;
import org.bimtek.practice.internal.task.TaskSpec;
import org.bimtek.practice.internal.upload.Upload;
import org.bimtek.practice.internal.upload.Uploads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Trainees' work on practice tasks and instructors' reviews. A trainee keeps one draft per task (autosaved), hands it
 * in, and after a "return for revision" hands in a new version; every version and every review is kept. A version
 * waiting for review cannot be replaced, and an accepted task is done.
 */
@Component(service = Submissions.class)
public final class Submissions {

    /** Longest article body kept: far above any task's word limit, well below the JSON body limit. */
    static final int MAX_BODY_CHARS = 60_000;
    static final int MAX_HEADLINE_CHARS = 300;

    private final Database database;
    private final TaskCatalog tasks;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Clock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Registry registry;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** What a trainee sends: an article's headline and body, or a completed upload; {@code draft} keeps it unsent. */
    public record Input(String headline, String body, String uploadId, Boolean draft) {
    }

    /** What a reviewer sends: a level's points per criterion, a comment, and ACCEPTED or RETURNED. */
    public record Verdict(Map<String, Integer> scores, String comment, String decision) {
    }

    @Activate
    public Submissions(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.practice)") Schema schema,
            @Reference TaskCatalog tasks, @Reference Uploads uploads, @Reference AuditLog audit) {
        this(database, tasks, uploads, audit, Clock.systemUTC());
        tasks.waitingReviews(courseId -> database.withConnection(c -> SubmissionStore.waiting(c, courseId)));
    }

    Submissions(Database database, TaskCatalog tasks, Uploads uploads, AuditLog audit, Clock clock) {
        this.database = database;
        this.tasks = tasks;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    void registry(Registry registry) {
        this.registry = registry;
    }

    public TaskSpec task(String taskId) {
        return tasks.task(taskId).orElseThrow(() -> ApiException.notFound("Tugas praktik tidak ditemukan."));
    }

    /** Saves the trainee's work: the draft updated, or handed in. */
    public Submission save(long userId, String taskId, Input input) {
        TaskSpec task = task(taskId);
        boolean draft = Boolean.TRUE.equals(input.draft());
        Instant now = clock.instant();
        Work work = task.kind() == TaskKind.ARTICLE ? article(task, input, draft) : file(task, userId, input, draft);
        try {
            return write(userId, taskId, task, work, draft, now);
        } catch (org.bimtek.api.storage.StorageException e) {
            if (isDuplicate(e)) {
                // Two first saves at once (an autosave and a click): the other one made version 1.
                throw ApiException.conflict("saved_elsewhere", "Tersimpan bersamaan dari permintaan lain; coba lagi.");
            }
            throw e;
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Submission write(long userId, String taskId, TaskSpec task, Work work, boolean draft, Instant now) {
        return database.inTransaction(c -> {
            Optional<Submission> latest = SubmissionStore.latest(c, userId, taskId);
            if (latest.isPresent() && latest.get().state() == Submission.State.SUBMITTED) {
                throw ApiException.conflict("awaiting_review", "Versi " + latest.get().version() + " sedang menunggu penilaian instruktur.");
            }
            if (latest.isPresent() && latest.get().state() == Submission.State.ACCEPTED) {
                throw ApiException.conflict("already_accepted", "Tugas ini sudah diterima; tidak perlu dikirim lagi.");
            }
            Submission.State state = draft ? Submission.State.DRAFT : Submission.State.SUBMITTED;
            Instant submittedAt = draft ? null : now;
            if (latest.isPresent() && latest.get().state() == Submission.State.DRAFT) {
                Submission old = latest.get();
                Submission updated = new Submission(old.id(), taskId, task.courseId(), userId, old.unitId(), old.version(), state, task.kind(),
                        work.headline(), work.body(), work.uploadId(), work.kind(), work.bytes(), work.sha256(), work.checks(), old.createdAt(), now,
                        submittedAt);
                if (!SubmissionStore.updateDraft(c, updated)) {
                    throw ApiException.conflict("awaiting_review", "Draf ini baru saja dikirim dari tab lain; muat ulang halaman.");
                }
                return updated;
            }
            int version = latest.map(s -> s.version() + 1).orElse(1);
            Submission fresh = new Submission(0, taskId, task.courseId(), userId, unitOf(userId), version, state, task.kind(), work.headline(),
                    work.body(), work.uploadId(), work.kind(), work.bytes(), work.sha256(), work.checks(), now, now, submittedAt);
            long id = SubmissionStore.insert(c, fresh);
            return SubmissionStore.get(c, id).orElseThrow();
        });
    }

    /** The parts of a version that come from the work itself. */
    private record Work(String headline, String body, String uploadId, org.bimtek.practice.internal.check.FileKind kind, Long bytes,
            String sha256, JsonNode checks) {
    }

    private Work article(TaskSpec task, Input input, boolean draft) {
        String headline = input.headline() == null ? "" : input.headline().strip();
        String body = input.body() == null ? "" : input.body().strip();
        if (!draft && (headline.isEmpty() || body.isEmpty())) {
            throw ApiException.badRequest("article_incomplete", "Judul dan isi berita wajib diisi sebelum dikirim.");
        }
        if (headline.length() > MAX_HEADLINE_CHARS || body.length() > MAX_BODY_CHARS) {
            throw ApiException.badRequest("article_too_long", "Judul paling panjang " + MAX_HEADLINE_CHARS + " karakter, isi "
                    + MAX_BODY_CHARS + " karakter.");
        }
        return new Work(headline, body, null, null, null, null, Prechecks.article(headline, body, task.limits()));
    }

    private Work file(TaskSpec task, long userId, Input input, boolean draft) {
        if (input.uploadId() == null || input.uploadId().isBlank()) {
            throw ApiException.badRequest("upload_required", "Unggah berkasnya dulu, lalu kirim {\"uploadId\"}.");
        }
        Upload upload = uploads.get(input.uploadId(), userId).orElseThrow(() -> ApiException.badRequest("unknown_upload",
                "Unggahan tidak ditemukan."));
        if (!upload.complete()) {
            throw ApiException.conflict("upload_incomplete", "Unggahan belum lengkap (" + upload.offset() + " dari " + upload.length() + " byte).");
        }
        if (upload.length() > task.limits().maxBytes(uploads.maxBytes())) {
            throw ApiException.badRequest("file_too_large", "Berkas ini lebih besar dari batas tugas (" + task.limits().maxMegabytes() + " MB).");
        }
        if (!task.limits().formats().contains(upload.kind())) {
            throw ApiException.badRequest("wrong_format", "Berkas " + upload.kind() + " tidak diterima untuk tugas ini.");
        }
        if (upload.taskId() != null && !upload.taskId().equals(task.id())) {
            throw ApiException.badRequest("other_task", "Unggahan ini untuk tugas lain.");
        }
        JsonNode checks = Prechecks.file(uploads.file(upload), upload.kind(), task.limits(), clock);
        return new Work(null, null, upload.id(), upload.kind(), upload.length(), upload.sha256(), checks);
    }

    private Long unitOf(long userId) {
        Registry r = registry;
        return r == null ? null : r.personByUser(userId).map(Person::unitId).orElse(null);
    }

    public Optional<Submission> get(long id) {
        return database.withConnection(c -> SubmissionStore.get(c, id));
    }

    public List<Submission> versions(long userId, String taskId) {
        return database.withConnection(c -> SubmissionStore.versions(c, userId, taskId));
    }

    public List<Submission> ofUser(long userId) {
        return database.withConnection(c -> SubmissionStore.ofUser(c, userId));
    }

    public List<Review> reviews(long submissionId) {
        return database.withConnection(c -> SubmissionStore.reviews(c, submissionId));
    }

    /** Versions in a state for the reviewers, filtered by course, task and the trainee's unit (with its subunits). */
    public List<Submission> queue(Submission.State state, String courseId, String taskId, Long unitId) {
        List<Long> units = null;
        Registry r = registry;
        if (unitId != null && r != null) {
            units = r.subtree(unitId).stream().map(org.bimtek.api.registry.Unit::id).toList();
        }
        List<Long> inUnits = unitId == null ? null : units == null ? List.of(unitId) : units;
        return database.withConnection(c -> SubmissionStore.queue(c, state, courseId, taskId, inUnits, 500));
    }

    /** An instructor's review of a handed-in version; RETURNED needs a comment saying what to improve. */
    public Review review(long submissionId, long reviewerId, String reviewer, Verdict verdict) {
        Submission submission = get(submissionId).orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        if (submission.userId() == reviewerId) {
            throw ApiException.forbidden("Kiriman sendiri dinilai oleh instruktur lain.");
        }
        if (submission.state() != Submission.State.SUBMITTED) {
            throw ApiException.conflict("not_waiting", "Kiriman ini tidak sedang menunggu penilaian.");
        }
        TaskSpec task = tasks.task(submission.taskId()).orElseThrow(() -> ApiException.conflict("task_unavailable",
                "Kursus tugas ini sedang tidak terpasang; rubriknya tidak tersedia untuk menilai."));
        Submission.State decision;
        try {
            decision = Submission.State.valueOf(String.valueOf(verdict.decision()));
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        if (decision != Submission.State.ACCEPTED && decision != Submission.State.RETURNED) {
            throw ApiException.badRequest("decision", "decision harus ACCEPTED (diterima) atau RETURNED (dikembalikan untuk revisi).");
        }
        String comment = verdict.comment() == null ? "" : verdict.comment().strip();
        if (decision == Submission.State.RETURNED && comment.isEmpty()) {
            throw ApiException.badRequest("comment_required", "Tulis apa yang perlu diperbaiki sebelum mengembalikan kiriman.");
        }
        int points;
        try {
            points = task.rubric().score(verdict.scores() == null ? Map.of() : verdict.scores());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("scores", e.getMessage());
        }
        if (decision == Submission.State.ACCEPTED && points < task.rubric().passPoints()) {
            throw ApiException.badRequest("below_pass", "Nilai " + points + " di bawah batas lulus " + task.rubric().passPoints()
                    + "; kembalikan untuk revisi dengan komentar.");
        }
        Review review = new Review(0, submissionId, reviewer, new LinkedHashMap<>(verdict.scores()), points, task.rubric().maxPoints(),
                decision, comment.isEmpty() ? null : comment, clock.instant());
        Submission.State finalDecision = decision;
        database.inTransaction(c -> {
            if (!SubmissionStore.decide(c, submissionId, finalDecision, review.createdAt())) {
                throw ApiException.conflict("not_waiting", "Kiriman ini baru saja dinilai orang lain.");
            }
            SubmissionStore.insertReview(c, review);
            return null;
        });
        audit.record(reviewer, "practice.review", "submission:" + submissionId, decision + " " + points + "/" + review.maxPoints());
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(LearningEvents.TASK_REVIEWED, Map.of(LearningEvents.USER_ID, submission.userId(),
                    LearningEvents.COURSE_ID, submission.courseId())));
        }
        return review;
    }

    /** The best accepted review of the trainee's work on a task, if any: what the ladder counts. */
    public Optional<Accepted> accepted(long userId, String taskId) {
        List<Accepted> found = new ArrayList<>();
        for (Submission s : versions(userId, taskId)) {
            if (s.state() == Submission.State.ACCEPTED) {
                reviews(s.id()).stream().filter(r -> r.decision() == Submission.State.ACCEPTED)
                        .forEach(r -> found.add(new Accepted(s, r)));
            }
        }
        return found.stream().max(java.util.Comparator.comparingDouble(a -> a.review().percent()));
    }

    /** An accepted version and its review. */
    public record Accepted(Submission submission, Review review) {
    }
}
