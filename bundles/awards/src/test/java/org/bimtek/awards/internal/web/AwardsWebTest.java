package org.bimtek.awards.internal.web;

import static org.bimtek.awards.internal.Fakes.ADMIN;
import static org.bimtek.awards.internal.Fakes.JURI_AIR_PUTIH;
import static org.bimtek.awards.internal.Fakes.JURI_KOMINFO;
import static org.bimtek.awards.internal.Fakes.PENGAWAS;
import static org.bimtek.awards.internal.Fakes.PESERTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.Json;
import org.bimtek.api.identity.LoginException;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.storage.Database;
import org.bimtek.api.web.Html;
import org.bimtek.api.web.PageLayout;
import org.bimtek.awards.internal.Fakes;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.ranking.ComputedScores;
import org.bimtek.awards.internal.ranking.Rankings;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API and the pages in-process, over in-memory Derby: the routes, the role checks made on the server, the
 * JSON shapes, the forms with their CSRF token, and every dynamic text escaped.
 */
class AwardsWebTest {

    private AwardsApiServlet api;
    private AwardsPagesServlet pages;
    private final Map<String, Session> sessions = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        Database database = MemoryDatabase.create("org.bimtek.awards", AwardsWebTest.class);
        Fakes.FakeAudit audit = new Fakes.FakeAudit();
        Fakes.FakeUsers users = new Fakes.FakeUsers();
        PlatformServices platform = new PlatformServices();
        platform.bindRegistry(new Fakes.FakeRegistry());
        platform.bindSigner(new Fakes.FakeSigner());
        Clock clock = Clock.systemUTC();
        Programmes programmes = new Programmes(database, audit, clock);
        Nominations nominations = new Nominations(database, programmes, platform, audit, clock);
        Jury jury = new Jury(database, programmes, nominations, platform, users, audit, clock);
        Rankings rankings = new Rankings(database, nominations, jury, new ComputedScores(platform));
        Publisher publisher = new Publisher(database, programmes, nominations, rankings, platform, audit, clock);
        for (User u : users.list()) {
            sessions.put("t-" + u.username(), new Session("t-" + u.username(), u, "csrf-" + u.username(), Instant.now().plusSeconds(3600)));
        }
        SessionService sessionService = new SessionService() {
            @Override
            public Session login(String username, char[] password, String clientAddress) throws LoginException {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Session> find(String token) {
                return Optional.ofNullable(sessions.get(token));
            }

            @Override
            public void logout(String token) {
            }
        };
        PageLayout layout = new PageLayout() {
            @Override
            public void render(HttpServletRequest request, HttpServletResponse response, int status, String title, String bodyHtml)
                    throws IOException {
                response.setStatus(status);
                response.setContentType("text/html");
                response.getOutputStream().write(("<title>" + Html.escape(title) + "</title>" + bodyHtml).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Locale locale(HttpServletRequest request) {
                return Locale.forLanguageTag("id");
            }
        };
        api = new AwardsApiServlet(sessionService, programmes, nominations, jury, rankings, publisher);
        pages = new AwardsPagesServlet(layout, sessionService, users, programmes, nominations, jury, rankings, publisher);
    }

    private FakeExchange call(User user, String method, String path, String json) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (user != null) {
            headers.put(SessionService.CSRF_HEADER, "csrf-" + user.username());
        }
        return FakeExchange.send(api, "/api/awards", method, path, user == null ? null : "t-" + user.username(),
                json == null ? null : "application/json", json, headers);
    }

    private JsonNode json(FakeExchange exchange, int status) throws Exception {
        assertEquals(status, exchange.status, exchange.body);
        return Json.MAPPER.readTree(exchange.body);
    }

    private FakeExchange page(User user, String method, String path, Map<String, String> form) throws Exception {
        String body = null;
        if (form != null) {
            StringBuilder encoded = new StringBuilder();
            form.forEach((k, v) -> encoded.append(encoded.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            body = encoded.toString();
        }
        return FakeExchange.send(pages, "/penghargaan", method, path, user == null ? null : "t-" + user.username(),
                form == null ? null : "application/x-www-form-urlencoded", body, Map.of());
    }

    private long createProgramme(String title) throws Exception {
        return json(call(ADMIN, "POST", "/api/awards", "{\"title\":\"" + title + "\",\"period\":2026,\"winners\":1,\"criteria\":["
                + "{\"title\":\"Konsistensi unggahan akun\",\"kind\":\"JURY\",\"weight\":40},"
                + "{\"id\":\"sertifikat\",\"title\":\"Tingkat sertifikat\",\"kind\":\"COMPUTED\",\"source\":\"CERTIFICATE_TIER\",\"weight\":20}]}"),
                201).path("id").asLong();
    }

    @Test
    void theApiFromCreationToThePublicWinners() throws Exception {
        assertEquals(401, call(null, "GET", "/api/awards", null).status);
        assertEquals(403, call(PESERTA, "POST", "/api/awards", "{}").status);
        assertEquals(400, call(ADMIN, "POST", "/api/awards", "{\"title\":").status, "malformed JSON is a 400, never a 500");
        assertEquals(400, call(ADMIN, "POST", "/api/awards", "{\"title\":\"X\",\"period\":\"2026\",\"criteria\":[{\"title\":\"A\"}]}").status);
        long id = createProgramme("Pengelola Medsos Terbaik 2026");
        JsonNode programme = json(call(ADMIN, "GET", "/api/awards/" + id, null), 200);
        assertEquals("konsistensi-unggahan-akun", programme.path("criteria").get(0).path("id").asText());
        assertEquals(404, call(ADMIN, "GET", "/api/awards/abc", null).status);
        assertEquals(404, call(ADMIN, "GET", "/api/awards/999", null).status);
        assertEquals(0, json(call(PESERTA, "GET", "/api/awards", null), 200).size(), "a trainee sees published programmes only");
        assertEquals(404, call(PESERTA, "GET", "/api/awards/" + id, null).status);
        assertEquals(1, json(call(PENGAWAS, "GET", "/api/awards", null), 200).size(), "a supervisor sees the programmes they nominate in");

        long siti = json(call(PENGAWAS, "POST", "/api/awards/" + id + "/nominate", "{\"personId\":" + Fakes.SITI + "}"), 201).path("id").asLong();
        assertEquals(403, call(PENGAWAS, "POST", "/api/awards/" + id + "/nominate", "{\"personId\":" + Fakes.DEWI + "}").status);
        assertEquals(400, call(PENGAWAS, "POST", "/api/awards/" + id + "/nominate", "{\"personId\":\"Siti\"}").status);
        long dewi = json(call(ADMIN, "POST", "/api/awards/" + id + "/nominate", "{\"personId\":" + Fakes.DEWI + "}"), 201).path("id").asLong();
        assertEquals(1, json(call(PENGAWAS, "GET", "/api/awards/" + id + "/nominees", null), 200).size());
        assertEquals(403, call(PENGAWAS, "POST", "/api/awards/" + id + "/jury", "{\"userId\":" + JURI_KOMINFO.id() + "}").status);
        json(call(ADMIN, "POST", "/api/awards/" + id + "/jury", "{\"userId\":" + JURI_KOMINFO.id() + "}"), 201);
        json(call(ADMIN, "POST", "/api/awards/" + id + "/jury", "{\"userId\":" + JURI_AIR_PUTIH.id() + "}"), 201);
        assertEquals(1, json(call(JURI_KOMINFO, "GET", "/api/awards", null), 200).size(), "a juror sees their programme");
        assertEquals(400, call(ADMIN, "POST", "/api/awards/" + id + "/phase", "{\"phase\":\"SOON\"}").status);
        assertEquals(409, call(ADMIN, "POST", "/api/awards/" + id + "/phase", "{\"phase\":\"NOMINATION\"}").status);
        assertEquals("JURY", json(call(ADMIN, "POST", "/api/awards/" + id + "/phase", "{\"phase\":\"JURY\"}"), 200).path("phase").asText());

        String score = "{\"nomineeId\":%d,\"criterionId\":\"konsistensi-unggahan-akun\",\"score\":%s,\"note\":\"Rutin\"}";
        FakeExchange own = call(JURI_AIR_PUTIH, "POST", "/api/awards/" + id + "/scores", String.format(score, siti, "9"));
        assertEquals(403, own.status);
        assertTrue(own.body.contains("unit Anda sendiri"), own.body);
        json(call(JURI_AIR_PUTIH, "POST", "/api/awards/" + id + "/scores", String.format(score, dewi, "6")), 200);
        json(call(JURI_KOMINFO, "POST", "/api/awards/" + id + "/scores", String.format(score, siti, "9")), 200);
        assertEquals(400, call(JURI_KOMINFO, "POST", "/api/awards/" + id + "/scores", String.format(score, siti, "\"sembilan\"")).status);
        assertEquals(1, json(call(JURI_KOMINFO, "GET", "/api/awards/" + id + "/scores", null), 200).size());
        assertEquals(403, call(PESERTA, "POST", "/api/awards/" + id + "/scores", String.format(score, siti, "9")).status);
        FakeExchange noCsrf = FakeExchange.send(api, "/api/awards", "POST", "/api/awards/" + id + "/scores", "t-juri-kominfo",
                "application/json", String.format(score, siti, "9"), Map.of());
        assertEquals(403, noCsrf.status);
        assertTrue(noCsrf.body.contains("csrf_token_invalid"));

        FakeExchange rankingCall = call(JURI_KOMINFO, "GET", "/api/awards/" + id + "/ranking", null);
        JsonNode ranking = json(rankingCall, 200);
        // Siti: 40 x 9 / 60 = 6.00 with no certificate service; Dewi: 40 x 6 / 60 = 4.00. Two decimals, as computed.
        assertTrue(rankingCall.body.contains("\"total\":6.00,"), rankingCall.body);
        assertTrue(rankingCall.body.contains("\"total\":4.00,"), rankingCall.body);
        assertEquals("data tidak tersedia", ranking.path("entries").get(0).path("criteria").get(1).path("note").asText());
        assertEquals(403, call(PENGAWAS, "GET", "/api/awards/" + id + "/ranking", null).status);

        assertEquals(404, call(null, "GET", "/api/awards/" + id + "/winners", null).status);
        assertEquals(403, call(JURI_KOMINFO, "POST", "/api/awards/" + id + "/publish", null).status);
        JsonNode published = json(call(ADMIN, "POST", "/api/awards/" + id + "/publish", null), 200);
        assertEquals("PUBLISHED", published.path("phase").asText());
        assertEquals("Siti Rahmawati", published.path("result").get(0).path("name").asText());
        JsonNode winners = json(call(null, "GET", "/api/awards/" + id + "/winners", null), 200);
        assertEquals("Siti Rahmawati", winners.path("winners").get(0).path("name").asText());
        assertTrue(winners.path("winners").get(0).path("credential").asText().startsWith("eyJ"));
        assertEquals(1, json(call(PESERTA, "GET", "/api/awards", null), 200).size(), "published: for everyone logged in");

        json(call(ADMIN, "POST", "/api/awards/" + id + "/revoke", "{\"reason\":\"Data keliru\"}"), 200);
        FakeExchange gone = call(null, "GET", "/api/awards/" + id + "/winners", null);
        assertEquals(404, gone.status);
        assertTrue(gone.body.contains("dicabut"));
    }

    @Test
    void thePagesWorkWithoutScriptAndEscapeWhatTheyShow() throws Exception {
        FakeExchange anonymous = page(null, "GET", "/penghargaan", null);
        assertEquals(200, anonymous.status);
        assertTrue(anonymous.body.contains("Belum ada penghargaan yang diumumkan"));
        assertEquals(302, page(null, "GET", "/penghargaan/kelola", null).status, "to the login page");
        assertEquals(403, page(PESERTA, "GET", "/penghargaan/kelola", null).status);

        FakeExchange manage = page(ADMIN, "GET", "/penghargaan/kelola", null);
        assertEquals(200, manage.status);
        assertTrue(manage.body.contains("name=\"_csrf\" value=\"csrf-admin\""));
        assertTrue(manage.body.contains("value=\"Konsistensi unggahan akun\""), "the usual criteria are prefilled");

        Map<String, String> form = new HashMap<>(Map.of("judul", "<script>alert(1)</script> Terbaik", "periode", "2026", "pemenang", "1",
                "k0-judul", "Konsistensi unggahan akun", "k0-jenis", "JURY", "k0-bobot", "2,5",
                "k1-judul", "Tingkat sertifikat", "k1-jenis", "CERTIFICATE_TIER", "k1-bobot", "1"));
        assertEquals(403, page(ADMIN, "POST", "/penghargaan/kelola", form).status, "no CSRF token, no change");
        form.put("_csrf", "csrf-admin");
        FakeExchange created = page(ADMIN, "POST", "/penghargaan/kelola", form);
        assertEquals(302, created.status, created.body);
        String location = created.headers.get("Location");
        assertTrue(location.matches("/penghargaan/kelola/\\d+\\?pesan=dibuat"), location);
        long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);

        FakeExchange detail = page(ADMIN, "GET", location, null);
        assertEquals(200, detail.status);
        assertFalse(detail.body.contains("<script>alert"), "escaped");
        assertTrue(detail.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Terbaik"));
        assertTrue(detail.body.contains("Program penghargaan dibuat."));
        Map<String, String> badWeight = new HashMap<>(form);
        badWeight.put("k0-bobot", "banyak");
        FakeExchange refused = page(ADMIN, "POST", "/penghargaan/kelola", badWeight);
        assertEquals(400, refused.status);
        assertTrue(refused.body.contains("Bobot kriteria 1 harus berupa angka"));

        assertEquals(403, page(PESERTA, "GET", "/penghargaan/" + id + "/nominasi", null).status);
        FakeExchange nominationPage = page(PENGAWAS, "GET", "/penghargaan/" + id + "/nominasi", null);
        assertEquals(200, nominationPage.status);
        assertTrue(nominationPage.body.contains("Siti Rahmawati") && !nominationPage.body.contains("Dewi Kartika Sari"),
                "a supervisor picks from their subtree");
        FakeExchange nominated = page(PENGAWAS, "POST", "/penghargaan/" + id + "/nominasi", Map.of("_csrf", "csrf-pengawas",
                "personId", Long.toString(Fakes.SITI)));
        assertEquals(302, nominated.status, nominated.body);
        FakeExchange outside = page(PENGAWAS, "POST", "/penghargaan/" + id + "/nominasi", Map.of("_csrf", "csrf-pengawas",
                "personId", Long.toString(Fakes.DEWI)));
        assertEquals(403, outside.status);
        assertTrue(outside.body.contains("Kecamatan Samarinda Ulu"));
        page(ADMIN, "POST", "/penghargaan/" + id + "/nominasi", Map.of("_csrf", "csrf-admin", "personId", Long.toString(Fakes.DEWI)));

        assertEquals(302, page(ADMIN, "POST", "/penghargaan/kelola/" + id + "/juri", Map.of("_csrf", "csrf-admin",
                "userId", Long.toString(JURI_AIR_PUTIH.id()))).status);
        assertEquals(403, page(JURI_KOMINFO, "GET", "/penghargaan/" + id + "/juri", null).status, "not on this jury");
        assertEquals(302, page(ADMIN, "POST", "/penghargaan/kelola/" + id + "/fase", Map.of("_csrf", "csrf-admin", "dari", "NOMINATION")).status);
        assertEquals(409, page(ADMIN, "POST", "/penghargaan/kelola/" + id + "/fase", Map.of("_csrf", "csrf-admin", "dari", "NOMINATION")).status,
                "the same form sent again does not publish");

        FakeExchange scoring = page(JURI_AIR_PUTIH, "GET", "/penghargaan/" + id + "/juri", null);
        assertEquals(200, scoring.status);
        assertTrue(scoring.body.contains("unit Anda sendiri"), "Siti's row has no choices for a juror from Air Putih");
        String nominee = scoring.body.replaceAll("(?s).*name=\"nilai-(\\d+)-konsistensi-unggahan-akun\".*", "$1");
        FakeExchange saved = page(JURI_AIR_PUTIH, "POST", "/penghargaan/" + id + "/juri", Map.of("_csrf", "csrf-juri-airputih",
                "nilai-" + nominee + "-konsistensi-unggahan-akun", "8", "catatan-" + nominee, "Unggah <b>setiap</b> hari"));
        assertEquals(302, saved.status, saved.body);
        FakeExchange again = page(JURI_AIR_PUTIH, "GET", "/penghargaan/" + id + "/juri?pesan=nilai", null);
        assertTrue(again.body.contains("<option value=\"8\" selected>8</option>"));
        assertTrue(again.body.contains("Unggah &lt;b&gt;setiap&lt;/b&gt; hari"));
        assertTrue(again.body.contains("id=\"ranking\""));

        FakeExchange publish = page(ADMIN, "POST", "/penghargaan/kelola/" + id + "/fase", Map.of("_csrf", "csrf-admin", "dari", "JURY"));
        assertEquals(302, publish.status, publish.body);
        assertTrue(publish.headers.get("Location").endsWith("pesan=diumumkan"));
        FakeExchange winners = page(null, "GET", "/penghargaan/" + id, null);
        assertEquals(200, winners.status);
        assertTrue(winners.body.contains("Dewi Kartika Sari") && winners.body.contains("Juara 1"));
        assertTrue(page(null, "GET", "/penghargaan", null).body.contains("/penghargaan/" + id));
        assertEquals(404, page(null, "GET", "/penghargaan/999", null).status);
        assertEquals(404, page(ADMIN, "GET", "/penghargaan/kelola/" + id + "/apa", null).status);
    }
}
