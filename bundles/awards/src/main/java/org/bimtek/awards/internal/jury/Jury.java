package org.bimtek.awards.internal.jury;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Person;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.api.storage.StorageException;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.JuryScore;
import org.bimtek.awards.internal.model.Juror;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.bimtek.awards.internal.programme.Programmes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A programme's jury: the administrator seats jurors; in the JURY phase each juror scores each JURY criterion of each
 * nominee 1-10, and may change a score until publication. Nobody judges their own unit.
 */
@Component(service = Jury.class)
public final class Jury {

    static final int MAX_NOTE = 2000;

    private final Database database;
    private final Programmes programmes;
    private final Nominations nominations;
    private final PlatformServices platform;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Jury(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.awards)") Schema schema,
            @Reference Programmes programmes, @Reference Nominations nominations, @Reference PlatformServices platform,
            @Reference UserService users, @Reference AuditLog audit) {
        this(database, programmes, nominations, platform, users, audit, Clock.systemUTC());
    }

    public Jury(Database database, Programmes programmes, Nominations nominations, PlatformServices platform, UserService users,
            AuditLog audit, Clock clock) {
        this.database = database;
        this.programmes = programmes;
        this.nominations = nominations;
        this.platform = platform;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** An administrator seats a juror, before publication. */
    public Juror assign(User actor, long programmeId, Long userId) {
        Permissions.requireAdmin(actor, "menetapkan juri");
        Programme programme = programmes.get(programmeId);
        requireNotPublished(programme);
        if (userId == null) {
            throw ApiException.badRequest("user_required", "Pilih akun juri (userId).");
        }
        User juror = users.find(userId).orElseThrow(() -> ApiException.notFound("Akun pengguna dengan id " + userId + " tidak ditemukan."));
        if (!juror.active()) {
            throw ApiException.badRequest("user_inactive", "Akun " + juror.username() + " tidak aktif.");
        }
        Juror seated = new Juror(programmeId, juror.id(), juror.displayName() == null ? juror.username() : juror.displayName(),
                actor.username(), clock.instant());
        try {
            database.inTransaction(c -> {
                JuryStore.addJuror(c, seated);
                return null;
            });
        } catch (StorageException e) {
            if (e.isConstraintViolation()) {
                throw ApiException.conflict("already_juror", seated.displayName() + " sudah menjadi juri program ini.");
            }
            throw e;
        }
        audit.record(actor.username(), "award.jury_add", "award:" + programmeId, "user:" + juror.id());
        return seated;
    }

    /** An administrator unseats a juror before publication; the scores they gave stop counting. */
    public void remove(User actor, long programmeId, long userId) {
        Permissions.requireAdmin(actor, "mengubah juri");
        requireNotPublished(programmes.get(programmeId));
        if (!database.inTransaction(c -> JuryStore.removeJuror(c, programmeId, userId))) {
            throw ApiException.notFound("Akun ini bukan juri program ini.");
        }
        audit.record(actor.username(), "award.jury_remove", "award:" + programmeId, "user:" + userId);
    }

    private static void requireNotPublished(Programme programme) {
        if (programme.phase() == Phase.PUBLISHED) {
            throw ApiException.conflict("already_published", "Hasil program ini sudah diumumkan; juri tidak dapat diubah lagi.");
        }
    }

    public List<Juror> jurors(long programmeId) {
        return database.withConnection(c -> JuryStore.jurors(c, programmeId));
    }

    public boolean isJuror(long programmeId, long userId) {
        return programmesJudgedBy(userId).contains(programmeId);
    }

    public Set<Long> programmesJudgedBy(long userId) {
        return database.withConnection(c -> JuryStore.programmesOf(c, userId));
    }

    /** A juror scores (or rescores) one JURY criterion of one nominee. */
    public JuryScore score(User actor, long programmeId, ScoreInput input) {
        Programme programme = programmes.get(programmeId);
        if (!isJuror(programmeId, actor.id())) {
            throw ApiException.forbidden("Anda bukan juri program ini.");
        }
        if (programme.phase() == Phase.NOMINATION) {
            throw ApiException.conflict("jury_not_open", "Penilaian juri belum dibuka; program masih di fase Nominasi.");
        }
        if (programme.phase() == Phase.PUBLISHED) {
            throw ApiException.conflict("jury_closed", "Penilaian sudah ditutup: hasil program ini sudah diumumkan.");
        }
        if (input == null || input.nomineeId() == null) {
            throw ApiException.badRequest("nominee_required", "Pilih nominasi yang dinilai (nomineeId).");
        }
        Nominee nominee = nominations.nominee(programmeId, input.nomineeId());
        Criterion criterion = juryCriterion(programme, input.criterionId());
        int score = wholeScore(input.score());
        String note = note(input.note());
        ownUnit(actor, nominee).ifPresent(reason -> {
            throw ApiException.forbidden(reason);
        });
        JuryScore saved = new JuryScore(programmeId, nominee.id(), criterion.id(), actor.id(), score, note, clock.instant());
        try {
            put(saved);
        } catch (StorageException e) {
            if (!e.isConstraintViolation()) {
                throw e;
            }
            // The same juror's first score of this nominee and criterion arrived twice at once: the other one inserted it.
            put(saved);
        }
        audit.record(actor.username(), "award.score", "award:" + programmeId, "nominee:" + nominee.id() + " " + criterion.id() + "=" + score);
        return saved;
    }

    private void put(JuryScore score) {
        database.inTransaction(c -> {
            JuryStore.putScore(c, score);
            return null;
        });
    }

    private static Criterion juryCriterion(Programme programme, String criterionId) {
        Criterion criterion = programme.criterion(criterionId == null ? "" : criterionId).orElseThrow(() -> ApiException.badRequest(
                "unknown_criterion", "Kriteria \"" + criterionId + "\" tidak ada dalam program ini."));
        if (!criterion.isJury()) {
            throw ApiException.badRequest("computed_criterion", "Kriteria " + criterion.title() + " dihitung dari data, bukan dinilai juri.");
        }
        return criterion;
    }

    private static int wholeScore(Double score) {
        if (score == null || score.isNaN() || score % 1 != 0 || score < 1 || score > 10) {
            throw ApiException.badRequest("invalid_score", "Nilai harus bilangan bulat 1 sampai 10.");
        }
        return score.intValue();
    }

    private static String note(String note) {
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw ApiException.badRequest("note_too_long", "Catatan paling panjang " + MAX_NOTE + " karakter.");
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * Why the juror may not score this nominee, or empty when they may: the nominee was nominated from the juror's own
     * unit or from the subtree the juror supervises.
     */
    public Optional<String> ownUnit(User juror, Nominee nominee) {
        org.bimtek.api.registry.Registry registry = platform.requireRegistry();
        Optional<Person> person = registry.personByUser(juror.id());
        // Their own unit, and the subtree they supervise: a camat's office does not judge its kelurahan. (Not the whole
        // subtree of a juror's own unit: a juror from the city's own office would then judge nobody.)
        java.util.Set<Long> own = new java.util.HashSet<>();
        person.ifPresent(p -> own.add(p.unitId()));
        registry.supervisedUnit(juror.id()).ifPresent(unit -> registry.subtree(unit).forEach(u -> own.add(u.id())));
        if (own.contains(nominee.unitId())) {
            return Optional.of("Anda tidak dapat menilai " + nominee.name() + ": ia dinominasikan dari unit Anda sendiri ("
                    + nominee.unitName() + ").");
        }
        return Optional.empty();
    }

    public List<JuryScore> scores(long programmeId) {
        return database.withConnection(c -> JuryStore.scores(c, programmeId));
    }
}
