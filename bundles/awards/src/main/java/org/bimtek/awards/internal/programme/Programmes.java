package org.bimtek.awards.internal.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.platform.Permissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Award programmes: created by an administrator with their criteria, moved from nomination to the jury. */
@Component(service = Programmes.class)
public final class Programmes {

    static final int DEFAULT_WINNERS = 3;
    static final int MAX_WINNERS = 50;
    static final int MAX_TITLE = 200;

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Programmes(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.awards)") Schema schema,
            @Reference AuditLog audit) {
        this(database, audit, Clock.systemUTC());
    }

    public Programmes(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** An administrator creates a programme; it starts in NOMINATION. */
    public Programme create(User actor, ProgrammeInput input) {
        Permissions.requireAdmin(actor, "membuat program penghargaan");
        return createAs(actor.username(), input);
    }

    /** Creates a programme on behalf of {@code actor}, without a role check: for the demo data. */
    public Programme createAs(String actor, ProgrammeInput input) {
        if (input == null) {
            throw ApiException.badRequest("invalid_programme", "Data program kosong.");
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw ApiException.badRequest("invalid_title", "Judul program wajib diisi, paling panjang " + MAX_TITLE + " karakter.");
        }
        String period = input.period() == null ? "" : input.period().strip();
        if (!period.matches("\\d{4}") || Integer.parseInt(period) < 2000 || Integer.parseInt(period) > 2100) {
            throw ApiException.badRequest("invalid_period", "Periode harus berupa tahun, misalnya 2026.");
        }
        int winners = input.winners() == null ? DEFAULT_WINNERS : input.winners();
        if (winners < 1 || winners > MAX_WINNERS) {
            throw ApiException.badRequest("invalid_winners", "Jumlah pemenang harus 1 sampai " + MAX_WINNERS + ".");
        }
        List<Criterion> criteria = Criteria.check(input.criteria());
        Instant now = clock.instant();
        long id = database.inTransaction(c -> ProgrammeStore.insert(c, title, period, winners, criteria, actor, now));
        audit.record(actor, "award.create", "award:" + id, title + " (" + period + ")");
        return get(id);
    }

    public Optional<Programme> find(long id) {
        return database.withConnection(c -> ProgrammeStore.get(c, id));
    }

    /** The programme, or 404. */
    public Programme get(long id) {
        return find(id).orElseThrow(() -> ApiException.notFound("Program penghargaan tidak ditemukan."));
    }

    /** Every programme, newest first. */
    public List<Programme> all() {
        return database.withConnection(ProgrammeStore::all);
    }

    public boolean isEmpty() {
        return database.withConnection(ProgrammeStore::count) == 0;
    }

    /** Closes nominations and opens the jury's scoring. Publication has its own step, which freezes the ranking. */
    public Programme openJury(User actor, long id) {
        Permissions.requireAdmin(actor, "memindahkan fase program");
        Programme programme = get(id);
        if (programme.phase() != Phase.NOMINATION) {
            throw ApiException.conflict("wrong_phase", "Program ini sudah di fase " + programme.phase().label()
                    + "; fase hanya maju: Nominasi, Penilaian juri, Diumumkan.");
        }
        if (!database.withConnection(c -> ProgrammeStore.movePhase(c, id, Phase.NOMINATION, Phase.JURY))) {
            throw ApiException.conflict("wrong_phase", "Fase program baru saja diubah oleh admin lain; muat ulang halaman.");
        }
        audit.record(actor.username(), "award.phase", "award:" + id, "NOMINATION -> JURY");
        return get(id);
    }
}
