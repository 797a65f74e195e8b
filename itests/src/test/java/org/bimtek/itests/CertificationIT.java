package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import javax.inject.Inject;
import org.bimtek.api.storage.Database;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Certification in the real distribution, on a test ladder: Dasar needs the test course and its quiz, Menengah a
 * second course (and Dasar held and valid). Certificates are issued by the trainee's own work, outlive their course
 * bundle and the holder's transfer, and say so when revoked.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CertificationIT extends BimtekContainer {

    private static final String CONFIG = "etc/org.bimtek.certification.cfg";
    private static final String GIFT = "::ibu-kota:: Samarinda adalah ibu kota Kalimantan Timur. {T}\n";
    private static final Duration ISSUE_TIMEOUT = Duration.ofSeconds(20);

    @Inject
    private Database database;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
            editConfigurationFilePut(CONFIG, "ladder.DASAR.requirements",
                    "course-completed course=sert-dasar; quiz-passed quiz=quiz-sert-dasar minScore=50"),
            editConfigurationFilePut(CONFIG, "ladder.MENENGAH.requirements", "course-completed course=sert-menengah"),
            editConfigurationFilePut(CONFIG, "verifyRequestsPerMinute", "10000"),
        };
    }

    private Http admin() throws Exception {
        Http http = new Http(port());
        Poll.until("admin login", Duration.ofSeconds(60), () -> http.login("admin", "bimtek-admin").status() == 200);
        for (String path : new String[] {"/api/ladder", "/api/units", "/api/people", "/.well-known/jwks.json"}) {
            Poll.until(path + " served", Duration.ofSeconds(30), () -> http.get(path).status() == 200);
        }
        return http;
    }

    /** A trainee account linked to a registry person in {@code unitCode}. */
    private Http trainee(Http admin, String username, String unitCode) throws Exception {
        Http.Response created = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"roles\":[\"TRAINEE\"],\"password\":\"rahasia-" + username + "\"}");
        assertEquals(created.body(), 201, created.status());
        Http.Response person = admin.postBytes("/api/import/people?dryRun=false", ("email,nama,kode_unit,pengguna\n" + username
                + "@example.id,Admin " + username + "," + unitCode + "," + username + "\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(person.body(), 200, person.status());
        Http http = new Http(port());
        assertEquals(200, http.login(username, "rahasia-" + username).status());
        return http;
    }

    private void units(Http admin) throws Exception {
        Http.Response units = admin.postBytes("/api/import/units?dryRun=false", ("kode,nama,jenis,kode_induk\n"
                + "CERT-KEC,Kecamatan Sertifikasi,KECAMATAN,SMD\nCERT-KEL1,Kelurahan Sertifikasi Satu,KELURAHAN,CERT-KEC\n"
                + "CERT-KEL2,Kelurahan Sertifikasi Dua,KELURAHAN,CERT-KEC\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(units.body(), 200, units.status());
    }

    private Path deploy(String courseId, byte[] jar) throws Exception {
        Path file = Path.of(System.getProperty("karaf.base"), "deploy", "org.bimtek.test." + courseId + ".jar");
        Files.write(file, jar);
        Http anyone = new Http(port());
        anyone.login("peserta", "bimtek-peserta");
        Poll.until("course " + courseId, Duration.ofSeconds(20), () -> anyone.get("/api/courses/" + courseId).status() == 200);
        return file;
    }

    private static void complete(Http http, String courseId) throws Exception {
        for (String lesson : new String[] {"pelajaran-satu", "pelajaran-dua"}) {
            assertEquals(200, http.postJson("/api/courses/" + courseId + "/lessons/" + lesson + "/complete", "{}").status());
        }
    }

    private static void passQuiz(Http http) throws Exception {
        Poll.until("the test quiz", Duration.ofSeconds(20), () -> http.get("/api/quizzes/quiz-sert-dasar").status() == 200);
        Http.Response started = http.postJson("/api/quizzes/quiz-sert-dasar/attempts", "");
        assertEquals(started.body(), 201, started.status());
        String id = started.json().path("id").asText();
        assertEquals(200, http.putJson("/api/attempts/" + id + "/answers/1",
                "{\"saveId\":\"s1\",\"response\":{\"choice\":\"true\"}}").status());
        assertTrue(http.postJson("/api/attempts/" + id + "/submit", "").json().path("result").path("passed").asBoolean());
    }

    private static JsonNode certificates(Http http) throws Exception {
        return http.get("/api/me/certificates").json();
    }

    private static JsonNode awaitCertificates(Http http, int count) throws Exception {
        Poll.until(count + " certificate(s)", ISSUE_TIMEOUT, () -> certificates(http).size() >= count);
        return certificates(http);
    }

    private JsonNode verify(String code) throws Exception {
        return new Http(port()).get("/api/certificates/" + code + "/verify").json();
    }

    @Test
    public void aCertificateIsEarnedAndOutlivesItsCourseAndTheTransferUntilRevoked() throws Exception {
        Http admin = admin();
        units(admin);
        Path course = deploy("sert-dasar", CourseJars.withQuiz("sert-dasar", "1.0.0", 10, GIFT));
        Http siti = trainee(admin, "sert-siti", "CERT-KEL1");
        complete(siti, "sert-dasar");
        JsonNode ladder = siti.get("/api/me/ladder").json();
        assertEquals("1 dari 2 persyaratan terpenuhi", ladder.get(0).path("summary").asText());
        assertEquals("/kuis/quiz-sert-dasar", ladder.get(0).path("requirements").get(1).path("link").asText());
        assertEquals(0, certificates(siti).size());

        passQuiz(siti);
        JsonNode cert = awaitCertificates(siti, 1).get(0);
        assertTrue(cert.path("number").asText(), cert.path("number").asText().matches("BMT-\\d{4}-DSR-\\d{6}"));
        String code = cert.path("code").asText();
        JsonNode verdict = verify(code);
        assertEquals("VALID", verdict.path("status").asText());
        assertEquals("Admin sert-siti", verdict.path("holderName").asText());
        assertEquals("Kelurahan Sertifikasi Satu", verdict.path("unitAtIssue").asText());
        String jwt = siti.get("/api/certificates/" + code + "/credential").json().path("credential").asText();
        assertEquals("VALID", postVerify(jwt).path("signature").asText());

        // The course bundle goes: the certificate, its PDF and its credential stay.
        Files.delete(course);
        Poll.until("course removed", Duration.ofSeconds(20), () -> siti.get("/api/courses/sert-dasar").status() == 404);
        assertEquals("VALID", verify(code).path("status").asText());
        assertEquals(200, siti.get("/api/certificates/" + code + ".pdf").status());
        assertEquals("VALID", postVerify(jwt).path("status").asText());

        // The holder moves: the certificate still shows the unit at issue time.
        long personId = admin.get("/api/people?q=sert-siti%40example.id").json().path("items").get(0).path("id").asLong();
        assertEquals(200, admin.postJson("/api/people/" + personId + "/transfer", "{\"unitCode\":\"CERT-KEL2\"}").status());
        assertEquals("Kelurahan Sertifikasi Satu", verify(code).path("unitAtIssue").asText());
        JsonNode onPersonPage = admin.get("/api/people/" + personId).json().path("certificates");
        assertEquals(cert.path("number").asText(), onPersonPage.get(0).path("number").asText());

        // A key rotation leaves old credentials verifiable.
        assertEquals(200, admin.postJson("/api/certification/keys/rotate", "").status());
        assertTrue(new Http(port()).get("/.well-known/jwks.json").json().path("keys").size() >= 2);
        assertEquals("VALID", postVerify(jwt).path("status").asText());

        // Revocation: only an administrator, with a reason; then every way of verifying says so.
        assertEquals(403, siti.postJson("/api/certificates/" + code + "/revoke", "{\"reason\":\"x\"}").status());
        assertEquals(400, admin.postJson("/api/certificates/" + code + "/revoke", "{\"reason\":\"\"}").status());
        assertEquals(200, admin.postJson("/api/certificates/" + code + "/revoke", "{\"reason\":\"SK pengangkatan dibatalkan\"}").status());
        JsonNode revoked = verify(code);
        assertEquals("REVOKED", revoked.path("status").asText());
        assertEquals("SK pengangkatan dibatalkan", revoked.path("revocationReason").asText());
        assertFalse(postVerify(jwt).path("valid").asBoolean());
        assertTrue(shell("bimtek:cert-verify " + code).contains("REVOKED"));
        int index = Integer.parseInt(payload(jwt).path("credentialStatus").path("statusListIndex").asText());
        assertTrue("the status list has the bit set", revokedInStatusList(index));
    }

    @Test
    public void menengahIsRefusedWhileDasarIsMissingOrExpired() throws Exception {
        Http admin = admin();
        units(admin);
        deploy("sert-dasar", CourseJars.withQuiz("sert-dasar", "1.0.0", 10, GIFT));
        deploy("sert-menengah", CourseJars.course("sert-menengah", "1.0.0"));

        Http budi = trainee(admin, "sert-budi", "CERT-KEL1");
        complete(budi, "sert-menengah");
        JsonNode menengah = budi.get("/api/me/ladder").json().get(1);
        assertFalse(menengah.path("complete").asBoolean());
        assertFalse(menengah.path("requirements").get(0).path("met").asBoolean());
        assertEquals("Belum memegang sertifikat tingkat Dasar", menengah.path("requirements").get(0).path("missing").asText());
        assertEquals("no certificate while Dasar is missing", 0, certificates(budi).size());
        complete(budi, "sert-dasar");
        passQuiz(budi);
        JsonNode both = awaitCertificates(budi, 2);
        assertTrue(both.toString(), both.toString().contains("\"tier\":\"MENENGAH\""));

        Http ani = trainee(admin, "sert-ani", "CERT-KEL2");
        complete(ani, "sert-dasar");
        passQuiz(ani);
        String number = awaitCertificates(ani, 1).get(0).path("number").asText();
        database.withConnection(c -> {
            // A certificate from 2021 that ran out in 2024: the same as waiting three years.
            try (PreparedStatement s = c.prepareStatement("UPDATE cert_certificate SET valid_until = ?, issued_at = ? WHERE number = ?")) {
                s.setDate(1, java.sql.Date.valueOf("2024-01-01"));
                s.setTimestamp(2, java.sql.Timestamp.valueOf("2027-01-01 00:00:00"));
                s.setString(3, number);
                return s.executeUpdate();
            }
        });
        complete(ani, "sert-menengah");
        JsonNode ladder = ani.get("/api/me/ladder").json();
        assertEquals("Sertifikat tingkat Dasar Anda sudah kedaluwarsa", ladder.get(1).path("requirements").get(0).path("missing").asText());
        JsonNode mine = certificates(ani);
        assertEquals(mine.toString(), 1, mine.size());
        assertEquals("EXPIRED", mine.get(0).path("status").asText());
    }

    @Test
    public void verificationRefusesForgeriesAndRevealsNothingElse() throws Exception {
        Http admin = admin();
        Http anyone = new Http(port());
        assertEquals(404, anyone.get("/api/certificates/ABCDEFGHJKLMNPQR/verify").status());
        assertEquals(404, anyone.get("/verify/ABCDEFGHJKLMNPQR").status());
        assertEquals(400, anyone.postJson("/api/verify", "{\"credential\":").status());
        assertEquals(400, anyone.postJson("/api/verify", "{}").status());
        assertEquals("MALFORMED", postVerify("abc").path("signature").asText());
        String none = b64("{\"alg\":\"none\"}") + "." + b64("{\"id\":\"urn:uuid:x\"}") + ".";
        assertEquals("UNSUPPORTED_ALGORITHM", postVerify(none).path("signature").asText());
        assertFalse(postVerify(none).path("valid").asBoolean());
        assertEquals(401, anyone.get("/api/me/certificates").status());
        assertEquals(401, anyone.get("/api/certificates/ABCDEFGHJKLMNPQR").status());
        Http trainee = new Http(port());
        trainee.login("peserta", "bimtek-peserta");
        assertEquals(403, trainee.get("/api/certificates").status());
        JsonNode did = anyone.get("/.well-known/did.json").json();
        assertEquals("did:web:localhost%3A" + port(), did.path("id").asText());
        assertEquals(did.path("verificationMethod").size(), anyone.get("/.well-known/jwks.json").json().path("keys").size());
        assertEquals(200, admin.get("/api/certificates/expiring").status());
    }

    private JsonNode postVerify(String token) throws Exception {
        return new Http(port()).postJson("/api/verify", "{\"credential\":\"" + token + "\"}").json();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode payload(String jwt) throws Exception {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** Reads the published status list as any verifier would: signed JWT, gzip, MSB first. */
    private boolean revokedInStatusList(int index) throws Exception {
        String jwt = new Http(port()).get("/api/status-lists/revocation").body();
        String encoded = payload(jwt).path("credentialSubject").path("encodedList").asText();
        assertTrue(encoded.startsWith("u"));
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}
