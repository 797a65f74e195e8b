package org.bimtek.awards.internal;

import static org.bimtek.awards.internal.Fakes.ADMIN;
import static org.bimtek.awards.internal.Fakes.DEWI;
import static org.bimtek.awards.internal.Fakes.JURI_AIR_PUTIH;
import static org.bimtek.awards.internal.Fakes.JURI_KOMINFO;
import static org.bimtek.awards.internal.Fakes.PENGAWAS;
import static org.bimtek.awards.internal.Fakes.PENGAWAS_TANPA_UNIT;
import static org.bimtek.awards.internal.Fakes.PESERTA;
import static org.bimtek.awards.internal.Fakes.RIZKY;
import static org.bimtek.awards.internal.Fakes.SITI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bimtek.api.awards.AwardSummary;
import org.bimtek.api.certification.CredentialStatusSource.CredentialStatus;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.storage.Database;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.jury.ScoreInput;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.bimtek.awards.internal.programme.ProgrammeInput;
import org.bimtek.awards.internal.programme.ProgrammeInput.CriterionInput;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.AwardCredentialStatus;
import org.bimtek.awards.internal.publish.AwardsService;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.publish.StoredCredential;
import org.bimtek.awards.internal.ranking.ComputedScore;
import org.bimtek.awards.internal.ranking.ComputedScores;
import org.bimtek.awards.internal.ranking.Ranking;
import org.bimtek.awards.internal.ranking.Rankings;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A programme from nomination to publication on real in-memory Derby, with the other features' services faked: who may
 * nominate whom and when, the jury's own-unit rule, and a publication that freezes the ranking, signs the winners'
 * credentials and answers for them.
 */
class AwardsFlowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);

    private Database database;
    private final Fakes.FakeRegistry registry = new Fakes.FakeRegistry();
    private final Fakes.FakeUsers users = new Fakes.FakeUsers();
    private final Fakes.FakeAudit audit = new Fakes.FakeAudit();
    private final Fakes.FakeSigner signer = new Fakes.FakeSigner();
    private final PlatformServices platform = new PlatformServices();
    private Programmes programmes;
    private Nominations nominations;
    private Jury jury;
    private Rankings rankings;
    private Publisher publisher;

    @BeforeEach
    void setUp() throws Exception {
        database = MemoryDatabase.create("org.bimtek.awards", AwardsFlowTest.class);
        platform.bindRegistry(registry);
        platform.bindSigner(signer);
        wire();
    }

    /** The components over the database, as the module builds them when it starts (again). */
    private void wire() {
        programmes = new Programmes(database, audit, CLOCK);
        nominations = new Nominations(database, programmes, platform, audit, CLOCK);
        jury = new Jury(database, programmes, nominations, platform, users, audit, CLOCK);
        rankings = new Rankings(database, nominations, jury, new ComputedScores(platform));
        publisher = new Publisher(database, programmes, nominations, rankings, platform, audit, CLOCK);
    }

    /** One JURY criterion (weight 3) and attendance (weight 1), which no installed feature provides here. */
    private Programme programme(int winners) {
        return programmes.create(ADMIN, new ProgrammeInput("Pengelola Medsos Terbaik 2026", "2026", winners, List.of(
                new CriterionInput("konsistensi", "Konsistensi unggahan akun", "JURY", null, 3.0),
                new CriterionInput("kehadiran", "Kehadiran bimtek", "COMPUTED", "ATTENDANCE", 1.0))));
    }

    private static int status(Runnable call) {
        return assertThrows(ApiException.class, call::run).status();
    }

    private static String message(Runnable call) {
        return assertThrows(ApiException.class, call::run).getMessage();
    }

    private JuryScoreCall score(long programmeId, Nominee n, int score) {
        return juror -> jury.score(juror, programmeId, new ScoreInput(n.id(), "konsistensi", (double) score, "Unggahan rutin tiap hari"));
    }

    private interface JuryScoreCall {
        void by(org.bimtek.api.identity.User juror);
    }

    @Test
    void onlyAnAdministratorCreatesAProgrammeAndItsInputIsChecked() {
        assertEquals(403, status(() -> programmes.create(PENGAWAS, new ProgrammeInput("X", "2026", 3, List.of()))));
        assertEquals(400, status(() -> programmes.create(ADMIN, new ProgrammeInput("X", "dua ribu", 3, List.of(
                new CriterionInput("a", "A", "JURY", null, 1.0))))));
        assertEquals(400, status(() -> programmes.create(ADMIN, new ProgrammeInput(" ", "2026", 3, List.of(
                new CriterionInput("a", "A", "JURY", null, 1.0))))));
        assertEquals(400, status(() -> programmes.create(ADMIN, new ProgrammeInput("X", "2026", 0, List.of(
                new CriterionInput("a", "A", "JURY", null, 1.0))))));
        Programme p = programmes.create(ADMIN, new ProgrammeInput("X", "2026", null, List.of(new CriterionInput(null, "A", "JURY", null, 1.0))));
        assertEquals(3, p.winners(), "three winners unless said otherwise");
        assertEquals(Phase.NOMINATION, p.phase());
        assertEquals("award.create", audit.entries.get(0).action());
    }

    @Test
    void nominationsOnlyInNominationAndOnlyInTheSupervisorsSubtree() {
        Programme p = programme(3);
        Nominee siti = nominations.nominate(PENGAWAS, p.id(), SITI);
        assertEquals("Kelurahan Air Putih", siti.unitName(), "the unit is recorded at nomination");
        nominations.nominate(PENGAWAS, p.id(), RIZKY);

        ApiException outside = assertThrows(ApiException.class, () -> nominations.nominate(PENGAWAS, p.id(), DEWI));
        assertEquals(403, outside.status());
        assertTrue(outside.getMessage().contains("Kecamatan Samarinda Ulu"), outside.getMessage());
        assertTrue(message(() -> nominations.nominate(PENGAWAS_TANPA_UNIT, p.id(), SITI)).contains("belum ditautkan"));
        assertEquals(403, status(() -> nominations.nominate(PESERTA, p.id(), SITI)), "a trainee does not nominate");
        assertEquals(400, status(() -> nominations.nominate(ADMIN, p.id(), Fakes.NON_AKTIF)), "an inactive person");
        assertEquals(404, status(() -> nominations.nominate(ADMIN, p.id(), 999L)));
        assertEquals(400, status(() -> nominations.nominate(ADMIN, p.id(), null)));
        assertEquals(404, status(() -> nominations.nominate(ADMIN, 999, SITI)), "no such programme");

        nominations.nominate(ADMIN, p.id(), DEWI);
        ApiException twice = assertThrows(ApiException.class, () -> nominations.nominate(ADMIN, p.id(), SITI));
        assertEquals(409, twice.status());
        assertTrue(twice.getMessage().contains("sudah dinominasikan"));
        assertEquals(List.of("Dewi Kartika Sari", "Muhammad Rizky Pratama", "Siti Rahmawati"),
                nominations.nominees(p.id()).stream().map(Nominee::name).toList());
        assertEquals(List.of("Muhammad Rizky Pratama", "Siti Rahmawati"),
                nominations.nomineesOfSubtree(PENGAWAS, p.id()).stream().map(Nominee::name).toList(), "a supervisor lists their subtree");
        assertEquals(5, nominations.candidates(ADMIN).size(), "every active person");
        assertEquals(3, nominations.candidates(PENGAWAS).size(), "the active people of Kecamatan Samarinda Ulu and below");

        // Siti moves to another unit: her nomination keeps the unit she was nominated from.
        registry.person(SITI, "Siti Rahmawati", PESERTA.id(), Fakes.OPD_DINKES, true);
        assertEquals(Fakes.KEL_AIR_PUTIH, nominations.nominee(p.id(), siti.id()).unitId());

        assertEquals(403, status(() -> programmes.openJury(PENGAWAS, p.id())));
        programmes.openJury(ADMIN, p.id());
        assertEquals(409, status(() -> programmes.openJury(ADMIN, p.id())), "the phase only moves on");
        ApiException closed = assertThrows(ApiException.class, () -> nominations.nominate(ADMIN, p.id(), 53L));
        assertEquals(409, closed.status());
        assertTrue(closed.getMessage().contains("sudah ditutup"));
    }

    @Test
    void withoutTheRegistryANominationIsRefusedWithAMessage() {
        Programme p = programme(3);
        platform.unbindRegistry(registry);
        ApiException unavailable = assertThrows(ApiException.class, () -> nominations.nominate(ADMIN, p.id(), SITI));
        assertEquals(503, unavailable.status());
        assertTrue(unavailable.getMessage().contains("Registri"));
    }

    @Test
    void aJurorCannotScoreANomineeFromTheirOwnUnit() {
        Programme p = programme(3);
        Nominee siti = nominations.nominate(ADMIN, p.id(), SITI);
        Nominee dewi = nominations.nominate(ADMIN, p.id(), DEWI);
        assertEquals(403, status(() -> jury.assign(PENGAWAS, p.id(), JURI_AIR_PUTIH.id())));
        jury.assign(ADMIN, p.id(), JURI_AIR_PUTIH.id());
        jury.assign(ADMIN, p.id(), JURI_KOMINFO.id());
        assertEquals(409, status(() -> jury.assign(ADMIN, p.id(), JURI_KOMINFO.id())), "seated once");
        assertEquals(404, status(() -> jury.assign(ADMIN, p.id(), 999L)));
        assertTrue(jury.isJuror(p.id(), JURI_KOMINFO.id()));

        assertEquals(409, status(() -> score(p.id(), dewi, 8).by(JURI_KOMINFO)), "scoring opens with the JURY phase");
        programmes.openJury(ADMIN, p.id());

        ApiException own = assertThrows(ApiException.class, () -> score(p.id(), siti, 9).by(JURI_AIR_PUTIH));
        assertEquals(403, own.status());
        assertTrue(own.getMessage().contains("unit Anda sendiri (Kelurahan Air Putih)"), own.getMessage());
        score(p.id(), dewi, 7).by(JURI_AIR_PUTIH);

        assertEquals(403, status(() -> score(p.id(), dewi, 7).by(PENGAWAS)), "only the jury scores");
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "kehadiran", 5.0, null))),
                "a computed criterion is not scored");
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "konsistensi", 11.0, null))));
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "konsistensi", 7.5, null))),
                "whole numbers only");
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "konsistensi", 0.0, null))));
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "konsistensi", null, null))));
        assertEquals(400, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(dewi.id(), "tidak-ada", 5.0, null))));
        assertEquals(404, status(() -> jury.score(JURI_KOMINFO, p.id(), new ScoreInput(999L, "konsistensi", 5.0, null))));

        // A juror changes their score until publication: the last one counts.
        score(p.id(), siti, 6).by(JURI_KOMINFO);
        score(p.id(), siti, 9).by(JURI_KOMINFO);
        assertEquals(List.of(9), jury.scores(p.id()).stream().filter(s -> s.nomineeId() == siti.id()).map(s -> s.score()).toList());
        assertEquals("Unggahan rutin tiap hari", jury.scores(p.id()).get(0).note());

        List<Ranking.Entry> ranking = rankings.live(programmes.get(p.id()));
        assertEquals(List.of("Siti Rahmawati", "Dewi Kartika Sari"), ranking.stream().map(Ranking.Entry::name).toList());
        // Siti: 3 x 9 / 4 = 6.75; Dewi: 3 x 7 / 4 = 5.25; attendance is 0 for both, "data tidak tersedia".
        assertEquals(new BigDecimal("6.75"), ranking.get(0).total());
        assertEquals(ComputedScore.UNAVAILABLE, ranking.get(0).lines().get(1).note());
    }

    @Test
    void publicationFreezesTheRankingPicksTheWinnersAndSignsTheirCredentials() {
        Programme p = programme(1);
        assertEquals(409, status(() -> publisher.publish(ADMIN, p.id())), "not from NOMINATION");
        Nominee siti = nominations.nominate(ADMIN, p.id(), SITI);
        Nominee rizky = nominations.nominate(ADMIN, p.id(), RIZKY);
        Nominee dewi = nominations.nominate(ADMIN, p.id(), DEWI);
        jury.assign(ADMIN, p.id(), JURI_KOMINFO.id());
        jury.assign(ADMIN, p.id(), JURI_AIR_PUTIH.id());
        programmes.openJury(ADMIN, p.id());
        score(p.id(), siti, 9).by(JURI_KOMINFO);
        score(p.id(), rizky, 6).by(JURI_KOMINFO);
        score(p.id(), dewi, 7).by(JURI_KOMINFO);
        score(p.id(), rizky, 8).by(JURI_AIR_PUTIH);
        score(p.id(), dewi, 7).by(JURI_AIR_PUTIH);

        assertEquals(403, status(() -> publisher.publish(JURI_KOMINFO, p.id())));
        platform.unbindSigner(signer);
        assertEquals(503, status(() -> publisher.publish(ADMIN, p.id())), "no signer, no publication");
        assertEquals(Phase.JURY, programmes.get(p.id()).phase());
        platform.bindSigner(signer);

        Programme published = publisher.publish(ADMIN, p.id());
        assertEquals(Phase.PUBLISHED, published.phase());
        assertEquals(CLOCK.instant(), published.publishedAt());
        assertEquals(409, status(() -> publisher.publish(ADMIN, p.id())));
        assertEquals(409, status(() -> score(p.id(), siti, 1).by(JURI_KOMINFO)), "scores are closed");
        assertEquals(409, status(() -> jury.assign(ADMIN, p.id(), 31L)), "the jury is closed");

        // Siti 9 -> 6.75; Rizky (6 + 8) / 2 = 7 -> 5.25; Dewi 7 -> 5.25: a tie on the second rank, by name.
        List<Ranking.Entry> frozen = rankings.ranking(programmes.get(p.id()));
        assertEquals(List.of("Siti Rahmawati", "Dewi Kartika Sari", "Muhammad Rizky Pratama"), frozen.stream().map(Ranking.Entry::name).toList());
        assertEquals(List.of(1, 2, 2), frozen.stream().map(Ranking.Entry::rank).toList());
        assertEquals(List.of(new BigDecimal("6.75"), new BigDecimal("5.25"), new BigDecimal("5.25")),
                frozen.stream().map(Ranking.Entry::total).toList());
        assertEquals(List.of(true, false, false), frozen.stream().map(Ranking.Entry::winner).toList());
        assertEquals(new BigDecimal("5.25"), frozen.get(1).lines().get(0).contribution());
        assertEquals(2, frozen.get(2).lines().get(0).jurors());

        // What the ranking was computed from changes afterwards; the published ranking does not.
        platform.bindAttendance(userId -> List.of(new AttendedEvent(1, "Bimtek", List.of(), Instant.parse("2026-05-01T01:00:00Z"),
                Instant.parse("2026-05-01T01:00:00Z"))));
        assertEquals(frozen, rankings.ranking(programmes.get(p.id())));
        assertTrue(rankings.live(programmes.get(p.id())).get(0).total().compareTo(new BigDecimal("6.75")) > 0, "live would differ");

        // One winner, one credential, signed as an Open Badges 3.0 award.
        List<StoredCredential> credentials = publisher.credentials(p.id());
        assertEquals(1, credentials.size());
        StoredCredential credential = credentials.get(0);
        assertEquals(SITI, credential.personId());
        assertTrue(credential.id().startsWith("urn:uuid:"));
        assertTrue(credential.jws().startsWith("eyJ"));
        Map<String, Object> vc = signer.signed.get(0);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                vc.get("@context"));
        assertEquals(credential.id(), vc.get("id"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(Map.of("id", "did:web:localhost%3A8181", "type", List.of("Profile"), "name", "Pemerintah Kota Samarinda"), vc.get("issuer"));
        assertEquals("2026-11-26T03:00:00Z", vc.get("validFrom"));
        assertEquals("Pengelola Medsos Terbaik 2026 - Juara 1", vc.get("name"));
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        assertEquals(List.of(Map.of("type", "IdentityObject", "hashed", false, "identityHash", "Siti Rahmawati", "identityType", "name")),
                subject.get("identifier"));
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertEquals("http://localhost:8181/penghargaan/" + p.id(), achievement.get("id"));
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertEquals("Award", achievement.get("achievementType"));
        assertEquals("Pengelola Medsos Terbaik 2026 - Juara 1", achievement.get("name"));
        assertTrue(((Map<?, ?>) achievement.get("criteria")).get("narrative").toString().contains("Konsistensi unggahan akun (bobot 3"));

        // The person page's list and the verifier's answer.
        AwardsService awards = new AwardsService(publisher, programmes);
        assertEquals(List.of(new AwardSummary(p.id(), "Pengelola Medsos Terbaik 2026", "2026", 1, CLOCK.instant(), "/penghargaan/" + p.id())),
                awards.ofPerson(SITI));
        assertEquals(List.of(), awards.ofPerson(DEWI));
        AwardCredentialStatus statuses = new AwardCredentialStatus(publisher, programmes);
        CredentialStatus valid = statuses.status(credential.id()).orElseThrow();
        assertTrue(valid.valid());
        assertEquals("VALID", valid.status());
        assertEquals("Pengelola Medsos Terbaik 2026: Juara 1, Siti Rahmawati", valid.summary());
        assertTrue(statuses.status("urn:uuid:00000000-0000-0000-0000-000000000000").isEmpty(), "not ours: no answer");
        assertTrue(statuses.status("BMT-2026-DSR-000001").isEmpty());

        // The module is reinstalled: new components over the same tables show the same.
        wire();
        assertEquals(frozen, rankings.ranking(programmes.get(p.id())));
        assertEquals(1, new AwardsService(publisher, programmes).ofPerson(SITI).size());

        // Revoked: the credential says so, and the person page no longer lists it.
        assertEquals(400, status(() -> publisher.revoke(ADMIN, p.id(), " ")));
        assertEquals(403, status(() -> publisher.revoke(PENGAWAS, p.id(), "Data keliru")));
        publisher.revoke(ADMIN, p.id(), "Data kehadiran keliru");
        CredentialStatus revoked = statuses.status(credential.id()).orElseThrow();
        assertFalse(revoked.valid());
        assertEquals("REVOKED", revoked.status());
        assertTrue(revoked.message().contains("Data kehadiran keliru"));
        assertEquals(List.of(), awards.ofPerson(SITI));
        assertEquals(409, status(() -> publisher.revoke(ADMIN, p.id(), "Lagi")));
    }

    @Test
    void aProgrammeWithoutNomineesIsNotPublished() {
        Programme p = programme(3);
        programmes.openJury(ADMIN, p.id());
        assertTrue(message(() -> publisher.publish(ADMIN, p.id())).contains("Belum ada nominasi"));
    }

    @Test
    void aRemovedJurorsScoresStopCounting() {
        Programme p = programme(3);
        Nominee dewi = nominations.nominate(ADMIN, p.id(), DEWI);
        jury.assign(ADMIN, p.id(), JURI_KOMINFO.id());
        programmes.openJury(ADMIN, p.id());
        score(p.id(), dewi, 10).by(JURI_KOMINFO);
        jury.remove(ADMIN, p.id(), JURI_KOMINFO.id());
        assertEquals(List.of(), jury.scores(p.id()));
        assertEquals(Ranking.NOT_SCORED, rankings.live(programmes.get(p.id())).get(0).lines().get(0).note());
        assertEquals(404, status(() -> jury.remove(ADMIN, p.id(), JURI_KOMINFO.id())));
    }
}
