package org.bimtek.certification.internal.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Json;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.credential.CompactJws;
import org.bimtek.certification.internal.credential.DidWeb;
import org.bimtek.certification.internal.credential.KeyDirectory.StoredKey;
import org.bimtek.certification.internal.credential.OpenBadge;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.ladder.Ladder;
import org.bimtek.certification.internal.ladder.RequirementSpec;
import org.bimtek.certification.internal.ladder.RequirementTypes;
import org.bimtek.certification.internal.ladder.TierProgress;
import org.bimtek.certification.internal.ladder.TierSpec;
import org.bimtek.certification.internal.pdf.CertificatePdf;
import org.bimtek.certification.internal.pdf.PdfCertificate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the ladder for a trainee and issues what they have earned: number, verification code, snapshot,
 * signed credential and PDF, written in one transaction. Two evaluations of the same trainee at once (two nodes,
 * an event and a page view) issue once: the certificate's issue key is unique.
 */
@Component(service = Issuer.class)
public final class Issuer {

    private static final Logger LOG = LoggerFactory.getLogger(Issuer.class);
    /** Certificates are issued in Samarinda: years, days and validity follow WITA. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    static final String SYSTEM = AuditLog.SYSTEM;
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final CertificationSettings settings;
    private final RequirementTypes types;
    private final SigningKeys keys;
    private final UserService users;
    private final AuditLog audit;
    private final CertificatePdf pdf = new CertificatePdf();
    private final Clock clock;
    /** Mandatory: a certificate issued before the registry answers would freeze without the holder's NIP, unit and SK. */
    private volatile Registry registry;

    @Activate
    public Issuer(@Reference Database database, @Reference CertificationSettings settings, @Reference RequirementTypes types,
            @Reference SigningKeys keys, @Reference UserService users, @Reference AuditLog audit, @Reference Registry registry) {
        this(database, settings, types, keys, users, audit, Clock.systemUTC());
        this.registry = registry;
    }

    Issuer(Database database, CertificationSettings settings, RequirementTypes types, SigningKeys keys, UserService users, AuditLog audit,
            Clock clock) {
        this.database = database;
        this.settings = settings;
        this.types = types;
        this.keys = keys;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    void registry(Registry registry) {
        this.registry = registry;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Every tier of the ladder evaluated for the trainee, lowest first. */
    public List<TierProgress> progress(long userId, Locale locale) {
        List<TierProgress> result = new ArrayList<>();
        for (TierSpec tier : settings.ladder().tiers()) {
            result.add(progress(userId, tier, locale));
        }
        return result;
    }

    public TierProgress progress(long userId, TierSpec tier, Locale locale) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (RequirementSpec requirement : tier.requirements()) {
            evaluations.add(types.evaluate(userId, requirement, locale));
        }
        return new TierProgress(tier, evaluations);
    }

    public List<Certificate> certificates(long userId) {
        return database.withConnection(c -> CertificateStore.ofUser(c, userId));
    }

    /**
     * Issues every tier the trainee now meets and does not hold, lowest first (so that a Dasar issued now counts
     * toward Menengah at once). A tier that needs approval is queued for the administrator instead.
     */
    public List<Certificate> evaluate(long userId) {
        List<Certificate> issued = new ArrayList<>();
        // Read once: this runs on every view of the trainee's page. A tier issued below is added, newest first.
        List<Certificate> mine = new ArrayList<>(certificates(userId));
        for (TierSpec tier : settings.ladder().tiers()) {
            Optional<Due> due = due(userId, tier.tier(), mine);
            if (due.isEmpty() || !tier.configured()) {
                continue;
            }
            TierProgress progress = progress(userId, tier, Locale.forLanguageTag("id"));
            if (!progress.complete() || !due.get().freshEnough(progress)) {
                continue;
            }
            if (tier.approval()) {
                requestApproval(userId, tier.tier());
                continue;
            }
            issue(userId, tier, progress, SYSTEM, due.get().issueKey(), null).ifPresent(cert -> {
                issued.add(cert);
                mine.add(0, cert);
            });
        }
        return issued;
    }

    /**
     * An automatic issue that is due: the first of a tier, or a recertification once the current certificate has
     * expired or is within the warning window. A recertification needs fresh work: at least one result achieved
     * after the previous certificate was issued (a quiz taken again), or results that never expire would renew
     * themselves forever. A renewed lower tier is not work on this tier, so certificates do not count as fresh.
     */
    record Due(String issueKey, Certificate previous) {
        boolean freshEnough(TierProgress progress) {
            return previous == null || progress.requirements().stream().map(Evaluation::evidence)
                    .anyMatch(e -> e != null && !"certificate".equals(e.kind()) && e.achievedAt() != null
                            && e.achievedAt().isAfter(previous.issuedAt()));
        }
    }

    /**
     * The automatic issue due now, or empty: the trainee holds a valid certificate not about to expire, or a
     * revocation stands (a revoked certificate is not silently replaced before it would have expired).
     */
    Optional<Due> due(long userId, Tier tier, List<Certificate> mine) {
        LocalDate today = today();
        Optional<Certificate> latest = mine.stream().filter(c -> c.tier() == tier && c.supersededBy() == null).findFirst();
        if (latest.isEmpty()) {
            return Optional.of(new Due("auto:" + userId + ":" + tier + ":first", null));
        }
        Certificate c = latest.get();
        CertificateStatus status = c.status(today);
        boolean renewable = status == CertificateStatus.EXPIRED || status == CertificateStatus.REVOKED && c.validUntil().isBefore(today)
                || status == CertificateStatus.VALID && !c.validUntil().isAfter(today.plusDays(settings.expiryWarningDays()));
        return renewable ? Optional.of(new Due("auto:" + userId + ":" + tier + ":after:" + c.number(), c)) : Optional.empty();
    }

    /** An administrator approves a queued tier: it is issued if its requirements are still met. */
    public Certificate approve(long userId, Tier tier, String admin) {
        TierSpec spec = settings.ladder().tier(tier);
        TierProgress progress = progress(userId, spec, Locale.forLanguageTag("id"));
        if (!progress.complete()) {
            throw ApiException.conflict("requirements_not_met", "Persyaratan tingkat " + spec.title() + " tidak lagi terpenuhi.");
        }
        Optional<String> due = due(userId, tier, certificates(userId)).map(Due::issueKey);
        if (due.isEmpty()) {
            // Issued meanwhile (or held already): the request is stale and leaves the administrator's list.
            clearApproval(userId, tier);
            throw ApiException.conflict("already_certified", "Peserta sudah memegang sertifikat tingkat ini.");
        }
        String key = due.get();
        Certificate issued = issue(userId, spec, progress, admin, key, null)
                .orElseThrow(() -> ApiException.conflict("already_certified", "Sertifikat ini baru saja diterbitkan."));
        clearApproval(userId, tier);
        return issued;
    }

    private void clearApproval(long userId, Tier tier) {
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM cert_approval WHERE user_id = ? AND tier = ?")) {
                s.setLong(1, userId);
                s.setString(2, tier.name());
                return s.executeUpdate();
            }
        });
    }

    private void requestApproval(long userId, Tier tier) {
        try {
            database.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO cert_approval (user_id, tier, requested_at) VALUES (?, ?, ?)")) {
                    s.setLong(1, userId);
                    s.setString(2, tier.name());
                    org.bimtek.api.storage.JdbcTime.set(s, 3, clock.instant());
                    return s.executeUpdate();
                }
            });
            LOG.info("User {} meets {} and awaits an administrator's approval", userId, tier);
        } catch (StorageException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
        }
    }

    /** A correction: a new certificate from today's registry data, same tier, evidence and validity, superseding the old one. */
    public Certificate reissue(String code, String admin, String reason) {
        Certificate old = database.withConnection(c -> CertificateStore.byCode(c, code)).orElseThrow(() -> ApiException.notFound(
                "Sertifikat tidak ditemukan."));
        if (old.withdrawn()) {
            throw ApiException.conflict("withdrawn", "Sertifikat ini sudah dicabut atau digantikan; tidak dapat diterbitkan ulang.");
        }
        TierSpec tier = settings.ladder().tier(old.tier());
        Certificate replacement = issue(old.userId(), tier, old.snapshot().evidence(), admin, "reissue:" + old.number(), old, old.validUntil())
                .orElseThrow(() -> ApiException.conflict("already_reissued", "Sertifikat ini sudah diterbitkan ulang."));
        audit.record(admin, "certificate.reissue", old.number(), "{\"replacement\":\"" + replacement.number() + "\",\"reason\":"
                + quote(reason) + "}");
        return replacement;
    }

    private Optional<Certificate> issue(long userId, TierSpec tier, TierProgress progress, String issuedBy, String issueKey, Certificate old) {
        List<Evidence> evidence = progress.requirements().stream().map(Evaluation::evidence).filter(e -> e != null).toList();
        return issue(userId, tier, evidence, issuedBy, issueKey, old, null);
    }

    private Optional<Certificate> issue(long userId, TierSpec tier, List<Evidence> evidence, String issuedBy, String issueKey,
            Certificate supersedes, LocalDate keepValidUntil) {
        User user = users.find(userId).orElseThrow(() -> ApiException.notFound("Pengguna tidak ditemukan."));
        Instant now = clock.instant();
        LocalDate issuedOn = LocalDate.ofInstant(now, ZONE);
        LocalDate validUntil = keepValidUntil != null ? keepValidUntil : issuedOn.plusYears(tier.validityYears());
        Holder holder = holder(user, now);
        String code = code();
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        StoredKey key = keys.current();
        String criteria = tier.requirements().stream().map(RequirementSpec::toString).collect(Collectors.joining("; "));
        try {
            return Optional.ofNullable(database.inTransaction(c -> {
                if (CertificateStore.issueKeyTaken(c, issueKey)) {
                    return null;
                }
                String number = "BMT-" + issuedOn.getYear() + "-" + tier.code() + "-"
                        + String.format(Locale.ROOT, "%06d", CertificateStore.next(c, "number-" + issuedOn.getYear() + "-" + tier.code()));
                int statusIndex = (int) CertificateStore.next(c, "status-index");
                Snapshot snapshot = new Snapshot(number, tier.tier().name(), tier.title(), holder.name(), holder.nip(), holder.personId(),
                        holder.unitCode(), holder.unitName(), holder.decreeNumber(), holder.decreeDate(), now, issuedOn, validUntil, evidence,
                        settings.issuerName(), settings.signerName(), settings.signerTitle(), settings.city(), issuedBy,
                        supersedes == null ? null : supersedes.number());
                String jwt = sign(snapshot, credentialId, statusIndex, criteria, key);
                byte[] document = pdf.render(pdfOf(snapshot, code, jwt));
                Certificate cert = new Certificate(0, number, code, credentialId, userId, holder.personId(), tier.tier(), holder.name(), now,
                        validUntil, statusIndex, key.kid(), snapshot, jwt, null, null, null, null);
                CertificateStore.insert(c, cert, issueKey, document);
                if (supersedes != null && !CertificateStore.supersede(c, supersedes.id(), number)) {
                    throw ApiException.conflict("withdrawn", "Sertifikat lama sudah dicabut atau digantikan.");
                }
                // Read back for the id the database gave it.
                return CertificateStore.byNumber(c, number).orElseThrow();
            })).map(cert -> {
                audit.record(issuedBy, "certificate.issue", cert.number(), "{\"userId\":" + userId + ",\"tier\":\"" + tier.tier() + "\"}");
                LOG.info("Certificate {} ({}) issued to user {}", cert.number(), tier.tier(), userId);
                return cert;
            });
        } catch (StorageException e) {
            if (isDuplicate(e)) {
                // Another node or thread issued it a moment ago.
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Who the certificate is for, from the registry as it stands at issue time (the login account when not registered). */
    private record Holder(String name, String nip, Long personId, String unitCode, String unitName, String decreeNumber, LocalDate decreeDate) {
    }

    private Holder holder(User user, Instant now) {
        Registry r = registry;
        Optional<Person> person = r == null ? Optional.empty() : r.personByUser(user.id());
        if (person.isEmpty()) {
            return new Holder(user.displayName(), null, null, null, null, null, null);
        }
        Person p = person.get();
        Optional<Unit> unit = r.unitAt(p.id(), now);
        Optional<Decree> decree = r.activeDecreeAt(p.id(), now);
        return new Holder(p.fullName(), p.nip(), p.id(), unit.map(Unit::code).orElse(null), unit.map(Unit::name).orElse(null),
                decree.map(Decree::number).orElse(null), decree.map(Decree::date).orElse(null));
    }

    private String sign(Snapshot snapshot, String credentialId, int statusIndex, String criteria, StoredKey key) {
        Map<String, Object> vc = OpenBadge.credential(snapshot, credentialId, statusIndex, settings.baseUrl(), criteria);
        try {
            byte[] payload = Json.MAPPER.writeValueAsString(vc).getBytes(StandardCharsets.UTF_8);
            return CompactJws.sign(payload, DidWeb.of(settings.baseUrl()) + "#" + key.kid(), key.privateKey());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    PdfCertificate pdfOf(Snapshot s, String code, String jwt) {
        List<String> lines = s.evidence().stream().map(OpenBadge::describe).toList();
        return new PdfCertificate(s.number(), s.holderName(), s.nip(), s.unitName(), s.tier(), s.tierTitle(), s.issuedOn(), s.validUntil(),
                lines, s.issuerName(), s.signerName(), s.signerTitle(), s.city(), settings.baseUrl() + "/verify/" + code, code, jwt);
    }

    /** 16 characters from a 32-letter alphabet without look-alikes: 80 random bits, not guessable. */
    static String code() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String quote(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes with a reason; audited. Revoking twice is refused, not repeated. */
    public Certificate revoke(String code, String admin, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("reason_required", "Alasan pencabutan wajib diisi.");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > 500) {
            throw ApiException.badRequest("reason_too_long", "Alasan pencabutan paling panjang 500 karakter.");
        }
        Certificate cert = database.withConnection(c -> CertificateStore.byCode(c, code)).orElseThrow(() -> ApiException.notFound(
                "Sertifikat tidak ditemukan."));
        boolean done = database.withConnection((Connection c) -> CertificateStore.revoke(c, cert.id(), clock.instant(), admin, trimmed));
        if (!done) {
            throw ApiException.conflict("already_revoked", "Sertifikat ini sudah dicabut.");
        }
        audit.record(admin, "certificate.revoke", cert.number(), "{\"reason\":" + quote(trimmed) + "}");
        return database.withConnection(c -> CertificateStore.byCode(c, code)).orElseThrow();
    }

    /** The ladder as configured, for those who read it (the API and pages). */
    public Ladder ladder() {
        return settings.ladder();
    }
}
