package org.bimtek.certification.internal.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.api.storage.Database;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.credential.CompactJws;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.credential.StatusList;
import org.bimtek.certification.internal.ladder.RequirementTypes;
import org.bimtek.certification.internal.ladder.TierHeldRequirement;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuance on real in-memory Derby with the real store, keys, signing and PDF; the trainee's record is a stand-in. */
class IssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @TempDir
    Path keys;

    private Database database;
    private SigningKeys signing;
    private final Map<String, Boolean> done = new ConcurrentHashMap<>();
    private final Users users = new Users();
    private final People people = new People();
    private final List<AuditEntry> audit = new ArrayList<>();
    private CertificationSettings settings;
    private Issuer issuer;

    /** "done name=x": met when the test says so, with evidence naming x. */
    private final class Done implements RequirementType {
        @Override
        public String name() {
            return "done";
        }

        @Override
        public Optional<String> check(Map<String, String> parameters) {
            return Optional.empty();
        }

        @Override
        public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
            String key = userId + "/" + parameters.get("name");
            return done.getOrDefault(key, false) ? Evaluation.met(key, null, new Evidence("quiz", parameters.get("name"), "Kuis " + parameters.get("name"), 88.0, NOW))
                    : Evaluation.missing(key, "belum", "/kuis/" + parameters.get("name"));
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        database = MemoryDatabase.create("org.bimtek.certification", IssuerTest.class);
        signing = new SigningKeys(database, keys, null);
        settings = new CertificationSettings();
        configure(Map.of());
        RequirementTypes types = new RequirementTypes();
        types.add(new Done());
        types.add(new TierHeldRequirement(database, null));
        AuditLog log = new AuditLog() {
            @Override
            public synchronized AuditEntry record(String actor, String action, String target, String detail) {
                AuditEntry entry = new AuditEntry(audit.size() + 1, NOW, actor, action, target, detail);
                audit.add(entry);
                return entry;
            }

            @Override
            public List<AuditEntry> recent(String action, int limit) {
                return audit;
            }
        };
        issuer = new Issuer(database, settings, types, signing, users, log, Clock.fixed(NOW, ZoneOffset.UTC));
        issuer.registry(people);
    }

    private void configure(Map<String, String> extra) {
        Map<String, Object> config = new HashMap<>(Map.of("ladder.DASAR.requirements", "done name=a; done name=b",
                "ladder.MENENGAH.requirements", "done name=c", "publicBaseUrl", "https://bimtek.example.go.id"));
        config.putAll(extra);
        settings.configure(config);
    }

    private void meet(long user, String... names) {
        for (String name : names) {
            done.put(user + "/" + name, true);
        }
    }

    @Test
    void issuesWhenEveryRequirementIsMetAndNotBefore() {
        meet(1, "a");
        assertEquals(List.of(), issuer.evaluate(1));
        assertEquals(1, issuer.progress(1, Locale.ROOT).get(0).met());
        meet(1, "b");
        List<Certificate> issued = issuer.evaluate(1);
        assertEquals(1, issued.size());
        Certificate cert = issued.get(0);
        assertEquals("BMT-2026-DSR-000001", cert.number());
        assertTrue(cert.code().matches("[2-9A-HJ-NP-Z]{16}"), cert.code());
        assertEquals(LocalDate.of(2029, 11, 26), cert.validUntil(), "three years from the day of issue");
        assertEquals(List.of("a", "b"), cert.snapshot().evidence().stream().map(Evidence::reference).toList());
        assertEquals("Siti Rahmawati", cert.snapshot().holderName());
        assertEquals("Kelurahan Air Putih", cert.snapshot().unitName());
        assertEquals("800/1/2026", cert.snapshot().decreeNumber());
        assertEquals("certificate.issue", audit.get(0).action());
        assertEquals(List.of(), issuer.evaluate(1), "issued once");
    }

    @Test
    void numbersCountPerTierAndYear() {
        meet(1, "a", "b", "c");
        meet(2, "a", "b");
        List<Certificate> first = issuer.evaluate(1);
        assertEquals(List.of("BMT-2026-DSR-000001", "BMT-2026-MNG-000001"), first.stream().map(Certificate::number).toList(),
                "Dasar issued now counts toward Menengah in the same pass");
        assertEquals("BMT-2026-DSR-000002", issuer.evaluate(2).get(0).number());
    }

    @Test
    void concurrentEvaluationsIssueOnce() throws Exception {
        meet(1, "a", "b");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Certificate>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> issuer.evaluate(1));
            }
            int total = 0;
            for (Future<List<Certificate>> f : pool.invokeAll(calls)) {
                total += f.get().size();
            }
            assertEquals(1, total);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, issuer.certificates(1).size());
    }

    @Test
    void theSnapshotDoesNotFollowLaterChanges() {
        meet(1, "a", "b");
        Certificate cert = issuer.evaluate(1).get(0);
        byte[] pdf = database.withConnection(c -> CertificateStore.pdf(c, cert.code())).orElseThrow();
        people.name = "Siti Rahmawati Putri";
        people.unit = new Unit(2, "OPD-DISKOMINFO", "Dinas Kominfo", UnitKind.OPD, null, true);
        done.clear();
        Certificate again = database.withConnection(c -> CertificateStore.byCode(c, cert.code())).orElseThrow();
        assertEquals(cert.snapshot(), again.snapshot());
        assertEquals(cert.credential(), again.credential());
        assertArrayEquals(pdf, database.withConnection(c -> CertificateStore.pdf(c, cert.code())).orElseThrow());
        assertEquals(CertificateStatus.VALID, again.status(LocalDate.of(2026, 11, 26)), "no longer meeting the requirements changes nothing");
    }

    @Test
    void aCorrectionIsAReissueThatSupersedes() {
        meet(1, "a", "b");
        Certificate cert = issuer.evaluate(1).get(0);
        people.name = "Siti Rahmawati, S.I.Kom.";
        Certificate fixed = issuer.reissue(cert.code(), "admin", "gelar belum tercantum");
        assertEquals("BMT-2026-DSR-000002", fixed.number());
        assertEquals("Siti Rahmawati, S.I.Kom.", fixed.snapshot().holderName());
        assertEquals(cert.validUntil(), fixed.validUntil(), "a correction keeps the validity");
        assertEquals(cert.snapshot().evidence(), fixed.snapshot().evidence());
        assertEquals(cert.number(), fixed.snapshot().supersedes());
        Certificate old = database.withConnection(c -> CertificateStore.byCode(c, cert.code())).orElseThrow();
        assertEquals(CertificateStatus.SUPERSEDED, old.status(LocalDate.of(2026, 11, 26)));
        assertEquals("Siti Rahmawati", old.snapshot().holderName());
        assertThrows(ApiException.class, () -> issuer.reissue(cert.code(), "admin", "lagi"));
        assertEquals(List.of(), issuer.evaluate(1), "the correction is the valid one");
    }

    @Test
    void revocationIsRecordedPublishedAndNotUndoneByTheNextEvaluation() {
        meet(1, "a", "b");
        Certificate cert = issuer.evaluate(1).get(0);
        assertThrows(ApiException.class, () -> issuer.revoke(cert.code(), "admin", " "));
        Certificate revoked = issuer.revoke(cert.code(), "admin", "SK dibatalkan");
        assertEquals(CertificateStatus.REVOKED, revoked.status(LocalDate.of(2026, 11, 26)));
        assertEquals("SK dibatalkan", revoked.revokeReason());
        ApiException twice = assertThrows(ApiException.class, () -> issuer.revoke(cert.code(), "admin", "lagi"));
        assertEquals(409, twice.status());
        assertEquals(List.of(), issuer.evaluate(1), "a revoked certificate is not silently re-issued");
        String bits = StatusList.encode(database.withConnection(CertificateStore::withdrawn), revoked.statusIndex() + 1);
        assertTrue(StatusList.isSet(bits, revoked.statusIndex()));
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("certificate.revoke") && e.detail().contains("SK dibatalkan")));
    }

    @Test
    void aHigherTierNeedsTheLowerOneValid() throws Exception {
        meet(1, "c");
        assertEquals(List.of(), issuer.evaluate(1), "Menengah without Dasar");
        meet(1, "a", "b");
        issuer.evaluate(1);
        Certificate menengah = issuer.certificates(1).stream().filter(c -> c.tier() == Tier.MENENGAH).findFirst().orElseThrow();
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM cert_certificate WHERE id = ?")) {
                s.setLong(1, menengah.id());
                return s.executeUpdate();
            }
        });
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE cert_certificate SET valid_until = ?")) {
                s.setDate(1, java.sql.Date.valueOf(LocalDate.of(2020, 1, 1)));
                return s.executeUpdate();
            }
        });
        Evaluation held = issuer.progress(1, Locale.ROOT).get(1).requirements().get(0);
        assertEquals(false, held.met());
        assertEquals("Sertifikat tingkat Dasar Anda sudah kedaluwarsa", held.missing());
    }

    @Test
    void recertificationNeedsWorkDoneAfterThePreviousCertificate() {
        meet(1, "a", "b");
        Certificate first = issuer.evaluate(1).get(0);
        setDates(first, "2027-01-01 00:00:00", "2026-01-01");
        assertEquals(List.of(), issuer.evaluate(1), "expired, but nothing was done since it was issued");
        setDates(first, "2020-01-01 00:00:00", "2023-01-01");
        List<Certificate> renewed = issuer.evaluate(1);
        assertEquals(1, renewed.size(), "the quiz results are newer than the expired certificate");
        assertEquals(LocalDate.of(2029, 11, 26), renewed.get(0).validUntil());
        assertEquals(List.of(), issuer.evaluate(1));
    }

    private void setDates(Certificate cert, String issuedAt, String validUntil) {
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE cert_certificate SET issued_at = ?, valid_until = ? WHERE id = ?")) {
                s.setTimestamp(1, java.sql.Timestamp.valueOf(issuedAt));
                s.setDate(2, java.sql.Date.valueOf(validUntil));
                s.setLong(3, cert.id());
                return s.executeUpdate();
            }
        });
    }

    @Test
    void approvalQueuesUntilAnAdministratorApproves() {
        configure(Map.of("ladder.DASAR.approval", "true"));
        meet(1, "a", "b");
        assertEquals(List.of(), issuer.evaluate(1));
        int queued = database.withConnection(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM cert_approval"); var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(1, queued);
        issuer.evaluate(1);
        Certificate approved = issuer.approve(1, Tier.DASAR, "admin");
        assertEquals("admin", approved.snapshot().issuedBy());
        assertThrows(ApiException.class, () -> issuer.approve(1, Tier.DASAR, "admin"));
    }

    @Test
    void credentialsVerifyWithTheirKeyAfterARotation() {
        meet(1, "a", "b");
        meet(2, "a", "b");
        Certificate before = issuer.evaluate(1).get(0);
        String oldKid = signing.current().kid();
        String newKid = signing.rotate("admin");
        assertNotEquals(oldKid, newKid);
        Certificate after = issuer.evaluate(2).get(0);
        assertEquals(newKid, after.keyId());
        for (Certificate c : List.of(before, after)) {
            CompactJws.Verification check = CompactJws.verify(c.credential(), signing::publicKey);
            assertEquals(CompactJws.Outcome.VALID, check.outcome());
            assertEquals("did:web:bimtek.example.go.id", check.payload().get("issuer").get("id").asText());
            assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"),
                    List.of(check.payload().get("type").get(0).asText(), check.payload().get("type").get(1).asText()));
            assertEquals("BitstringStatusListEntry", check.payload().get("credentialStatus").get("type").asText());
        }
        assertTrue(signing.published().stream().anyMatch(k -> k.kid().equals(oldKid) && k.retiredAt() != null));
        SigningKeys restarted = new SigningKeys(database, keys, null);
        assertEquals(newKid, restarted.current().kid(), "a restart keeps signing with the newest key");
    }

    /** One trainee account per id. */
    private static final class Users implements UserService {
        @Override
        public User create(String username, String displayName, Set<Role> roles, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<User> find(long id) {
            return Optional.of(new User(id, "peserta" + id, "Peserta " + id, Set.of(Role.TRAINEE), true, NOW));
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return Optional.empty();
        }

        @Override
        public List<User> list() {
            return List.of();
        }

        @Override
        public void setPassword(String username, char[] password) {
        }
    }

    /** The registry: user 1 is Siti of Kelurahan Air Putih with an SK; others are not registered. */
    private static final class People implements Registry {
        volatile String name = "Siti Rahmawati";
        volatile Unit unit = new Unit(1, "KEL-AIRPUTIH", "Kelurahan Air Putih", UnitKind.KELURAHAN, null, true);

        @Override
        public Optional<Person> person(long personId) {
            return personId == 10 ? personByUser(1) : Optional.empty();
        }

        @Override
        public Optional<Person> personByUser(long userId) {
            return userId == 1 ? Optional.of(new Person(10, name, "199203152015032004", "Admin", null, null, 1L, unit.id(), true))
                    : Optional.empty();
        }

        @Override
        public Optional<Unit> unitAt(long personId, Instant at) {
            return Optional.of(unit);
        }

        @Override
        public Optional<Decree> activeDecreeAt(long personId, Instant at) {
            return Optional.of(new Decree(1, "800/1/2026", LocalDate.of(2026, 1, 2), "Lurah", "Lurah", unit.id(), LocalDate.of(2026, 1, 2),
                    null, org.bimtek.api.registry.DecreeStatus.ACTIVE));
        }

        @Override
        public Optional<Unit> unit(long unitId) {
            return Optional.of(unit);
        }

        @Override
        public List<Unit> units() {
            return List.of(unit);
        }

        @Override
        public List<Unit> subtree(long unitId) {
            return List.of(unit);
        }

        @Override
        public List<Person> peopleUnder(long unitId) {
            return personByUser(1).stream().toList();
        }

        @Override
        public Optional<Long> supervisedUnit(long userId) {
            return Optional.empty();
        }
    }
}
