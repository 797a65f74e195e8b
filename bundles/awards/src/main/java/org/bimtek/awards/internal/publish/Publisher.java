package org.bimtek.awards.internal.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.certification.CredentialSigner;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.bimtek.awards.internal.programme.ProgrammeStore;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.ranking.Ranking;
import org.bimtek.awards.internal.ranking.Rankings;
import org.bimtek.awards.internal.ranking.ResultStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Publication: the live ranking is frozen, the top ranks become winners and each winner gets a credential signed with
 * the issuer's keys, all in one transaction with the phase change, so that a programme is either published with its
 * winners and credentials, or not at all. A published result can later be revoked; its credentials then say so.
 */
@Component(service = Publisher.class)
public final class Publisher {

    static final int MAX_REASON = 500;

    private final Database database;
    private final Programmes programmes;
    private final Nominations nominations;
    private final Rankings rankings;
    private final PlatformServices platform;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Publisher(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.awards)") Schema schema,
            @Reference Programmes programmes, @Reference Nominations nominations, @Reference Rankings rankings,
            @Reference PlatformServices platform, @Reference AuditLog audit) {
        this(database, programmes, nominations, rankings, platform, audit, Clock.systemUTC());
    }

    public Publisher(Database database, Programmes programmes, Nominations nominations, Rankings rankings, PlatformServices platform,
            AuditLog audit, Clock clock) {
        this.database = database;
        this.programmes = programmes;
        this.nominations = nominations;
        this.rankings = rankings;
        this.platform = platform;
        this.audit = audit;
        this.clock = clock;
    }

    public Programme publish(User actor, long programmeId) {
        Permissions.requireAdmin(actor, "mengumumkan pemenang");
        Programme programme = programmes.get(programmeId);
        if (programme.phase() == Phase.NOMINATION) {
            throw ApiException.conflict("wrong_phase", "Buka penilaian juri dulu: pemenang diumumkan dari fase Penilaian juri.");
        }
        if (programme.phase() == Phase.PUBLISHED) {
            throw ApiException.conflict("already_published", "Pemenang program ini sudah diumumkan.");
        }
        if (nominations.nominees(programmeId).isEmpty()) {
            throw ApiException.conflict("no_nominees", "Belum ada nominasi; tidak ada yang dapat diumumkan.");
        }
        CredentialSigner signer = platform.signer().orElseThrow(() -> new ApiException(503, "signer_unavailable",
                "Layanan tanda tangan kredensial (sertifikasi) sedang tidak tersedia; pemenang belum diumumkan. Coba lagi nanti.", null));
        Instant now = clock.instant();
        List<Ranking.Entry> ranking = rankings.live(programme);
        List<StoredCredential> credentials = new ArrayList<>();
        for (Ranking.Entry e : ranking) {
            if (e.winner()) {
                String id = "urn:uuid:" + UUID.randomUUID();
                String jws = signer.sign(AwardCredential.of(programme, e.rank(), e.name(), id, now, signer.issuerId(), signer.baseUrl()));
                credentials.add(new StoredCredential(id, programmeId, e.nomineeId(), e.personId(), e.rank(), e.name(), now, jws));
            }
        }
        database.inTransaction(c -> {
            if (!ProgrammeStore.publish(c, programmeId, now)) {
                throw ApiException.conflict("already_published", "Program ini baru saja diumumkan oleh admin lain.");
            }
            ResultStore.insert(c, programmeId, ranking);
            CredentialStore.insert(c, credentials);
            return null;
        });
        audit.record(actor.username(), "award.publish", "award:" + programmeId, credentials.size() + " pemenang");
        return programmes.get(programmeId);
    }

    /** Withdraws a published result: the winners page says so and the credentials verify as REVOKED. */
    public Programme revoke(User actor, long programmeId, String reason) {
        Permissions.requireAdmin(actor, "mencabut penghargaan");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ApiException.badRequest("reason_required", "Tulis alasan pencabutan (paling panjang " + MAX_REASON + " karakter).");
        }
        Programme programme = programmes.get(programmeId);
        if (!database.withConnection(c -> ProgrammeStore.revoke(c, programmeId, clock.instant(), why))) {
            throw ApiException.conflict(programme.revoked() ? "already_revoked" : "not_published", programme.revoked()
                    ? "Penghargaan ini sudah dicabut." : "Hanya hasil yang sudah diumumkan yang dapat dicabut.");
        }
        audit.record(actor.username(), "award.revoke", "award:" + programmeId, why);
        return programmes.get(programmeId);
    }

    /** A published programme's credentials, by rank. */
    public List<StoredCredential> credentials(long programmeId) {
        return database.withConnection(c -> CredentialStore.ofProgramme(c, programmeId));
    }

    public Optional<StoredCredential> credential(String credentialId) {
        return database.withConnection(c -> CredentialStore.byId(c, credentialId));
    }

    public List<StoredCredential> ofPerson(long personId) {
        return database.withConnection(c -> CredentialStore.ofPerson(c, personId));
    }
}
