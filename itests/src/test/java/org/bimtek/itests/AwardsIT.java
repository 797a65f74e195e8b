package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The awards module in the real distribution: a programme through nomination, jury and publication, with the role
 * rules on the server (a supervisor nominates only in their subtree, a juror never scores their own unit), the public
 * winners and their signed credential verified like a certificate's; and the module uninstalled (everything else keeps
 * working) and reinstalled (the same awards, from its own tables).
 *
 * <p>Demo data used: {@code pengawas} supervises Kecamatan Samarinda Ulu; Siti Rahmawati (Kelurahan Air Putih, the
 * {@code peserta} account), Muhammad Rizky Pratama (Kelurahan Sidodadi) and Dewi Kartika Sari (Dinas Kesehatan) are
 * registry people.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AwardsIT extends BimtekContainer {

    private static final String FEATURE = "bimtek-awards";
    private static final String BUNDLE = "org.bimtek.awards";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;


    private Http login(String user, String password) throws Exception {
        Http http = new Http(port());
        Poll.until("login as " + user, TIMEOUT, () -> http.login(user, password).status() == 200);
        return http;
    }

    /** The administrator, once the awards' servlets and the services they read are registered. */
    private Http admin() throws Exception {
        Http http = login("admin", "bimtek-admin");
        for (String path : new String[] {"/api/awards", "/api/units", "/api/people", "/api/ladder", "/.well-known/jwks.json"}) {
            Poll.until(path + " served", TIMEOUT, () -> http.get(path).status() == 200);
        }
        return http;
    }

    /** A new account with one role, linked to a new registry person in {@code unitCode}; returns the account's id. */
    private static long account(Http admin, String username, String role, String unitCode) throws Exception {
        Http.Response created = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Juri " + username
                + "\",\"roles\":[\"" + role + "\"],\"password\":\"rahasia-" + username + "\"}");
        assertEquals(created.body(), 201, created.status());
        Http.Response person = admin.postBytes("/api/import/people?dryRun=false", ("email,nama,kode_unit,pengguna\n" + username
                + "@example.id,Juri " + username + "," + unitCode + "," + username + "\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(person.body(), 200, person.status());
        return created.json().path("id").asLong();
    }

    private static long personId(Http admin, String email) throws Exception {
        JsonNode page = admin.get("/api/people?q=" + email.replace("@", "%40")).json();
        assertEquals(page.toString(), 1, page.path("total").asInt());
        return page.path("items").get(0).path("id").asLong();
    }

    /** A programme judged on one JURY criterion (weight 3) and attendance (weight 1), with {@code winners} winning ranks. */
    private static long programme(Http admin, String title, int winners) throws Exception {
        Http.Response created = admin.postJson("/api/awards", "{\"title\":\"" + title + "\",\"period\":\"2026\",\"winners\":" + winners
                + ",\"criteria\":[{\"id\":\"konsistensi\",\"title\":\"Konsistensi unggahan akun\",\"kind\":\"JURY\",\"weight\":3},"
                + "{\"id\":\"kehadiran\",\"title\":\"Kehadiran bimtek\",\"kind\":\"COMPUTED\",\"source\":\"ATTENDANCE\",\"weight\":1}]}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("NOMINATION", created.json().path("phase").asText());
        return created.json().path("id").asLong();
    }

    private static Http.Response nominate(Http http, long programme, long person) throws Exception {
        return http.postJson("/api/awards/" + programme + "/nominate", "{\"personId\":" + person + "}");
    }

    private static Http.Response score(Http juror, long programme, long nominee, String criterion, String score) throws Exception {
        return juror.postJson("/api/awards/" + programme + "/scores", "{\"nomineeId\":" + nominee + ",\"criterionId\":\"" + criterion
                + "\",\"score\":" + score + ",\"note\":\"Unggahan konsisten setiap hari kerja\"}");
    }

    private static long nomineeId(Http.Response nominated) {
        assertEquals(nominated.body(), 201, nominated.status());
        return nominated.json().path("id").asLong();
    }

    private static JsonNode postVerify(Http anyone, String jws) throws Exception {
        return anyone.postJson("/api/verify", "{\"credential\":\"" + jws + "\"}").json();
    }

    private static JsonNode payload(String jws) throws Exception {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
    }

    @Test
    public void aProgrammeGoesThroughEveryPhaseAndItsWinnerHoldsAVerifiableCredential() throws Exception {
        Http admin = admin();
        assertTrue("the demo programme is there", admin.get("/api/awards").body().contains("\"title\":\"Pengelola Medsos Terbaik 2026\""));
        Http peserta = login("peserta", "bimtek-peserta");
        assertEquals(403, peserta.postJson("/api/awards", "{\"title\":\"x\",\"period\":\"2026\",\"criteria\":[]}").status());
        assertEquals(400, admin.postJson("/api/awards", "{\"title\":\"x\",\"period\":\"2026\",\"criteria\":[]}").status());

        long juriAirPutih = account(admin, "juri-airputih", "INSTRUCTOR", "KEL-AIRPUTIH");
        long juriKominfo = account(admin, "juri-kominfo", "INSTRUCTOR", "OPD-DISKOMINFO");
        long siti = personId(admin, "siti.rahmawati@samarindakota.go.id");
        long rizky = personId(admin, "rizky.pratama@samarindakota.go.id");
        long dewi = personId(admin, "dewi.kartika@samarindakota.go.id");
        long id = programme(admin, "Pengelola Medsos Terbaik Uji 2026", 1);

        // Nominations: a supervisor within Kecamatan Samarinda Ulu only, an administrator anyone, each person once.
        Http pengawas = login("pengawas", "bimtek-pengawas");
        Http.Response outside = nominate(pengawas, id, dewi);
        assertEquals(outside.body(), 403, outside.status());
        assertTrue(outside.body(), outside.json().path("error").path("message").asText().contains("Kecamatan Samarinda Ulu"));
        Http.Response byPengawas = nominate(pengawas, id, rizky);
        long rizkyNominee = nomineeId(byPengawas);
        assertEquals("Kelurahan Sidodadi", byPengawas.json().path("unit").asText());
        long sitiNominee = nomineeId(nominate(admin, id, siti));
        long dewiNominee = nomineeId(nominate(admin, id, dewi));
        assertEquals(409, nominate(admin, id, siti).status());
        assertEquals(403, nominate(peserta, id, siti).status());
        assertEquals("a supervisor lists their own subtree", 2, pengawas.get("/api/awards/" + id + "/nominees").json().size());
        assertEquals(3, admin.get("/api/awards/" + id + "/nominees").json().size());

        // The jury, seated by the administrator; scoring waits for the JURY phase.
        assertEquals(403, pengawas.postJson("/api/awards/" + id + "/jury", "{\"userId\":" + juriKominfo + "}").status());
        assertEquals(201, admin.postJson("/api/awards/" + id + "/jury", "{\"userId\":" + juriAirPutih + "}").status());
        assertEquals(201, admin.postJson("/api/awards/" + id + "/jury", "{\"userId\":" + juriKominfo + "}").status());
        Http airPutih = login("juri-airputih", "rahasia-juri-airputih");
        Http kominfo = login("juri-kominfo", "rahasia-juri-kominfo");
        assertEquals(409, score(kominfo, id, dewiNominee, "konsistensi", "7").status());

        assertEquals(403, pengawas.postJson("/api/awards/" + id + "/phase", "{\"phase\":\"JURY\"}").status());
        assertEquals(400, admin.postJson("/api/awards/" + id + "/phase", "{\"phase\":\"LATER\"}").status());
        Http.Response jury = admin.postJson("/api/awards/" + id + "/phase", "{\"phase\":\"JURY\"}");
        assertEquals(jury.body(), 200, jury.status());
        assertEquals("JURY", jury.json().path("phase").asText());
        assertEquals("nominations are closed", 409, nominate(admin, id, personId(admin, "nur.aini@samarindakota.go.id")).status());

        // A juror never scores a nominee of their own unit.
        Http.Response own = score(airPutih, id, sitiNominee, "konsistensi", "9");
        assertEquals(own.body(), 403, own.status());
        assertTrue(own.body(), own.json().path("error").path("message").asText().contains("unit Anda sendiri (Kelurahan Air Putih)"));
        assertEquals(200, score(airPutih, id, rizkyNominee, "konsistensi", "8").status());
        assertEquals(200, score(airPutih, id, dewiNominee, "konsistensi", "7").status());
        assertEquals(200, score(kominfo, id, sitiNominee, "konsistensi", "9").status());
        assertEquals(200, score(kominfo, id, rizkyNominee, "konsistensi", "6").status());
        assertEquals(200, score(kominfo, id, dewiNominee, "konsistensi", "5").status());
        assertEquals("a juror changes their score", 200, score(kominfo, id, dewiNominee, "konsistensi", "7").status());
        assertEquals("whole numbers", 400, score(kominfo, id, dewiNominee, "konsistensi", "7.5").status());
        assertEquals("computed criteria are not scored", 400, score(kominfo, id, dewiNominee, "kehadiran", "7").status());
        assertEquals("only the jury scores", 403, score(pengawas, id, dewiNominee, "konsistensi", "7").status());

        // The ranking explains itself: Siti 3 x 9 / 4 = 6.75; Rizky (6 + 8) / 2 = 7 and Dewi 7 give 5.25, a tie.
        assertEquals(404, peserta.get("/api/awards/" + id + "/ranking").status());
        assertEquals(200, kominfo.get("/api/awards/" + id + "/ranking").status());
        JsonNode ranking = admin.get("/api/awards/" + id + "/ranking").json();
        JsonNode entries = ranking.path("entries");
        assertEquals(ranking.toString(), 3, entries.size());
        assertEquals("Siti Rahmawati", entries.get(0).path("name").asText());
        assertEquals(6.75, entries.get(0).path("total").asDouble(), 1e-9);
        assertEquals(6.75, entries.get(0).path("criteria").get(0).path("contribution").asDouble(), 1e-9);
        assertEquals(0.0, entries.get(0).path("criteria").get(1).path("score").asDouble(), 1e-9);
        assertEquals(1, entries.get(0).path("rank").asInt());
        assertEquals(2, entries.get(1).path("rank").asInt());
        assertEquals(2, entries.get(2).path("rank").asInt());
        assertEquals("Dewi Kartika Sari", entries.get(1).path("name").asText());
        assertEquals(2, entries.get(2).path("criteria").get(0).path("jurors").asInt());

        // Publication: an administrator's; the ranking is frozen, scoring closes.
        assertEquals(403, kominfo.postJson("/api/awards/" + id + "/publish", "{}").status());
        assertEquals("nothing public before publication", 404, new Http(port()).get("/api/awards/" + id + "/winners").status());
        Http.Response published = admin.postJson("/api/awards/" + id + "/publish", "{}");
        assertEquals(published.body(), 200, published.status());
        assertEquals("PUBLISHED", published.json().path("phase").asText());
        assertEquals(409, score(kominfo, id, dewiNominee, "konsistensi", "10").status());
        assertEquals(409, admin.postJson("/api/awards/" + id + "/publish", "{}").status());
        assertTrue(admin.get("/api/awards/" + id + "/ranking").json().path("frozen").asBoolean());

        // The public winners, without login, and the winner's credential verified like a certificate's.
        Http anyone = new Http(port());
        JsonNode winners = anyone.get("/api/awards/" + id + "/winners").json();
        assertEquals(winners.toString(), 1, winners.path("winners").size());
        JsonNode winner = winners.path("winners").get(0);
        assertEquals("Siti Rahmawati", winner.path("name").asText());
        assertEquals(1, winner.path("rank").asInt());
        assertEquals("Kelurahan Air Putih", winner.path("unit").asText());
        String jws = winner.path("credential").asText();
        JsonNode vc = payload(jws);
        assertEquals(winner.path("credentialId").asText(), vc.path("id").asText());
        assertTrue(vc.path("type").toString().contains("OpenBadgeCredential"));
        assertEquals("Pemerintah Kota Samarinda", vc.path("issuer").path("name").asText());
        JsonNode achievement = vc.path("credentialSubject").path("achievement");
        assertEquals("Award", achievement.path("achievementType").asText());
        assertEquals("Pengelola Medsos Terbaik Uji 2026 - Juara 1", achievement.path("name").asText());
        assertTrue(achievement.path("id").asText(), achievement.path("id").asText().endsWith("/penghargaan/" + id));
        assertEquals("Siti Rahmawati", vc.path("credentialSubject").path("identifier").get(0).path("identityHash").asText());

        JsonNode verified = postVerify(anyone, jws);
        assertEquals(verified.toString(), "VALID", verified.path("signature").asText());
        assertTrue(verified.toString(), verified.path("valid").asBoolean());
        assertEquals("VALID", verified.path("status").asText());
        assertEquals("Pengelola Medsos Terbaik Uji 2026: Juara 1, Siti Rahmawati", verified.path("summary").asText());

        // The pages: public winners without login, administration only for administrators.
        Http.Response page = anyone.get("/penghargaan/" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Siti Rahmawati") && page.body().contains("Juara 1"));
        assertTrue(anyone.get("/penghargaan").body().contains("Pengelola Medsos Terbaik Uji 2026"));
        assertEquals("to the login page", 302, anyone.get("/penghargaan/kelola").status());
        assertEquals(403, peserta.get("/penghargaan/kelola").status());
        Http.Response manage = admin.get("/penghargaan/kelola/" + id);
        assertEquals(200, manage.status());
        assertTrue(manage.body().contains("id=\"ranking\""));
        assertEquals(200, kominfo.get("/penghargaan/" + id + "/juri").status());
        assertEquals(403, peserta.get("/penghargaan/" + id + "/juri").status());
    }

    @Test
    public void uninstallingTheAwardsLeavesEverythingElseWorkingAndReinstallingShowsTheSameAwards() throws Exception {
        Http admin = admin();
        long id = programme(admin, "Pengelola Medsos Terbaik Modul 2026", 1);
        long dewi = nomineeId(nominate(admin, id, personId(admin, "dewi.kartika@samarindakota.go.id")));
        long adminId = admin.get("/api/auth/me").json().path("id").asLong();
        assertEquals(201, admin.postJson("/api/awards/" + id + "/jury", "{\"userId\":" + adminId + "}").status());
        assertEquals(200, admin.postJson("/api/awards/" + id + "/phase", "{\"phase\":\"JURY\"}").status());
        assertEquals(200, score(admin, id, dewi, "konsistensi", "8").status());
        assertEquals(200, admin.postJson("/api/awards/" + id + "/phase", "{\"phase\":\"PUBLISHED\"}").status());
        Http anyone = new Http(port());
        JsonNode before = anyone.get("/api/awards/" + id + "/winners").json();
        String jws = before.path("winners").get(0).path("credential").asText();
        assertTrue(postVerify(anyone, jws).path("valid").asBoolean());
        Http peserta = login("peserta", "bimtek-peserta");

        Map<Long, String> states = bundleStates();
        features().uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Poll.until("the awards API gone", TIMEOUT, () -> admin.get("/api/awards").status() == 404
                && anyone.get("/api/awards/" + id + "/winners").status() == 404 && anyone.get("/penghargaan").status() == 404);
        assertNull("the bundle is uninstalled", bundle());
        assertEquals(200, admin.get("/api/courses").status());
        assertEquals(200, peserta.get("/api/me/certificates").status());
        assertEquals(200, admin.get("/api/units").status());
        assertEquals(200, admin.get("/api/people").status());
        assertEquals(200, anyone.get("/api/health").status());
        assertEquals(200, peserta.get("/").status());
        assertFalse("the menu no longer offers the awards", peserta.get("/").body().contains("href=\"/penghargaan\""));
        JsonNode unknown = postVerify(anyone, jws);
        assertEquals("the signature still checks out", "VALID", unknown.path("signature").asText());
        assertFalse("but nobody answers for the award while the module is away", unknown.path("valid").asBoolean());
        for (Map.Entry<Long, String> e : states.entrySet()) {
            if (!e.getValue().startsWith(BUNDLE + "/")) {
                assertEquals("bundle " + e.getValue() + " must not be touched", e.getValue(), bundleStates().get(e.getKey()));
            }
        }

        features().installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Poll.until("the awards back", TIMEOUT, () -> anyone.get("/api/awards/" + id + "/winners").status() == 200);
        assertEquals(Bundle.ACTIVE, bundle().getState());
        assertEquals("the same winners and credentials, from the module's own tables", before, anyone.get("/api/awards/" + id + "/winners").json());
        Poll.until("the programme listed again", TIMEOUT, () -> admin.get("/api/awards").body().contains("\"id\":" + id + ","));
        Poll.until("the credential answered for again", TIMEOUT, () -> postVerify(anyone, jws).path("valid").asBoolean());
        assertEquals(200, anyone.get("/penghargaan/" + id).status());
    }

    /**
     * Karaf's features service as registered now. Not injected: Karaf may replace the instance during the boot (a CI run
     * met one whose executor was already shut down: RejectedExecutionException).
     */
    private FeaturesService features() throws Exception {
        Poll.until("the features service", TIMEOUT, () -> context.getServiceReference(FeaturesService.class) != null);
        return context.getService(context.getServiceReference(FeaturesService.class));
    }

    private Bundle bundle() {
        for (Bundle b : context.getBundles()) {
            if (BUNDLE.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private Map<Long, String> bundleStates() {
        Map<Long, String> states = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            states.put(b.getBundleId(), b.getSymbolicName() + "/" + b.getState() + "/" + b.getLastModified());
        }
        return states;
    }
}
