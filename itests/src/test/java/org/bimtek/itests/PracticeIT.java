package org.bimtek.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Practice work in the real distribution: tus uploads that survive a dropped connection with their checksum intact,
 * files judged by their content and their size before their body, the review round trip with a resubmission, and the
 * ladder counting an accepted task (Dasar is configured to need just that here).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PracticeIT extends BimtekContainer {

    private static final String RUBRIC = "\"rubric\": {\"passPoints\": 3, \"criteria\": [{\"id\": \"isi\", \"title\": {\"id\": \"Isi\"},"
            + " \"levels\": [{\"points\": 0, \"description\": {\"id\": \"Kurang\"}}, {\"points\": 2, \"description\": {\"id\": \"Cukup\"}},"
            + " {\"points\": 4, \"description\": {\"id\": \"Baik\"}}]}]}";
    private static final String TASKS = "[{\"id\": \"tugas-uji-foto\", \"kind\": \"PHOTO\", \"title\": {\"id\": \"Foto uji\"},"
            + " \"instructions\": \"tasks/foto.md\", \"limits\": {\"maxMegabytes\": 4, \"formats\": [\"JPEG\"]}, " + RUBRIC + "},"
            + " {\"id\": \"tugas-uji-berita\", \"kind\": \"ARTICLE\", \"title\": {\"id\": \"Berita uji\"}, \"instructions\": \"tasks/berita.md\","
            + " \"limits\": {\"minWords\": 5, \"maxWords\": 300}, " + RUBRIC + "}]";
    private static final Map<String, String> TUS = Map.of("Tus-Resumable", "1.0.0");

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
            editConfigurationFilePut("etc/org.bimtek.certification.cfg", "ladder.DASAR.requirements", "task-accepted task=tugas-uji-foto minScore=50"),
            editConfigurationFilePut("etc/org.bimtek.practice.cfg", "maxUploadMegabytes", "8"),
        };
    }

    private Http login(String user, String password) throws Exception {
        Http http = new Http(port());
        Poll.until("login as " + user, Duration.ofSeconds(60), () -> http.login(user, password).status() == 200);
        return http;
    }

    private Http trainee(String username) throws Exception {
        Http admin = login("admin", "bimtek-admin");
        Http.Response created = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Peserta " + username
                + "\",\"roles\":[\"TRAINEE\"],\"password\":\"rahasia-" + username + "\"}");
        assertEquals(created.body(), 201, created.status());
        return login(username, "rahasia-" + username);
    }

    private void deployCourse() throws Exception {
        Path jar = Path.of(System.getProperty("karaf.base"), "deploy", "org.bimtek.test.praktik-uji.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, CourseJars.withTasks("praktik-uji", "1.0.0", TASKS, Map.of("course/tasks/foto.md", "Potret kegiatan.",
                    "course/tasks/berita.md", "Tulis berita.")));
        }
        Http http = login("peserta", "bimtek-peserta");
        Poll.until("the test tasks", Duration.ofSeconds(30), () -> http.get("/api/tasks/tugas-uji-foto").status() == 200
                && http.call("OPTIONS", "/api/uploads", null, Map.of()).header("Tus-Version").isPresent());
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    private static String create(Http http, long length, String task, String name) throws Exception {
        Http.Response created = http.call("POST", "/api/uploads", null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Long.toString(length),
                "Upload-Metadata", "filename " + b64(name) + ",taskId " + b64(task)));
        assertEquals(created.body(), 201, created.status());
        return created.header("Location").orElseThrow();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Response patch(Http http, String url, long offset, byte[] chunk) throws Exception {
        return http.call("PATCH", url, chunk, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset),
                "Content-Type", "application/offset+octet-stream", "Upload-Checksum", "sha256 "
                        + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(chunk))));
    }

    private static long head(Http http, String url) throws Exception {
        Http.Response head = http.call("HEAD", url, null, TUS);
        assertEquals(200, head.status());
        return Long.parseLong(head.header("Upload-Offset").orElseThrow());
    }

    @Test
    public void anUploadResumesAfterADroppedConnectionWithItsChecksumIntact() throws Exception {
        deployCourse();
        Http http = trainee("praktik-rina");
        byte[] file = jpeg(3 * 1024 * 1024);
        String url = create(http, file.length, "tugas-uji-foto", "kegiatan.jpg");
        assertEquals(0, head(http, url));
        assertEquals(204, patch(http, url, 0, Arrays.copyOfRange(file, 0, 1024 * 1024)).status());

        // The connection drops after 300 KB of a 1 MB chunk: what arrived is kept, and HEAD says so.
        int sent = 300 * 1024;
        http.partial("PATCH", url, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(1024 * 1024), "Content-Type",
                "application/offset+octet-stream"), 1024 * 1024, Arrays.copyOfRange(file, 1024 * 1024, 1024 * 1024 + sent), false);
        Poll.until("the dropped chunk's bytes counted", Duration.ofSeconds(30), () -> head(http, url) == 1024 * 1024 + sent);
        long offset = head(http, url);
        assertEquals("a chunk sent at the wrong offset is refused", 409, patch(http, url, 0, Arrays.copyOfRange(file, 0, 10)).status());
        Http.Response last = patch(http, url, offset, Arrays.copyOfRange(file, (int) offset, file.length));
        assertEquals(last.body(), 204, last.status());
        JsonNode upload = http.get(url).json();
        assertTrue(upload.path("complete").asBoolean());
        assertEquals("JPEG", upload.path("kind").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), upload.path("sha256").asText());

        Http.Response submitted = http.postJson("/api/tasks/tugas-uji-foto/submissions", "{\"uploadId\":\""
                + url.substring(url.lastIndexOf('/') + 1) + "\"}");
        assertEquals(submitted.body(), 201, submitted.status());
        byte[] back = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + port() + submitted.json().path("file").asText())).header("Cookie", "BIMTEK_SESSION=" + http.sessionCookie()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals("the file served back is the file sent", file, back);
    }

    @Test
    public void contentDecidesTheTypeAndSizeIsRefusedBeforeTheBody() throws Exception {
        deployCourse();
        Http http = trainee("praktik-budi");
        byte[] html = "<!DOCTYPE html><html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
        String url = create(http, html.length, "tugas-uji-foto", "foto-kegiatan.jpg");
        Http.Response refused = patch(http, url, 0, html);
        assertEquals(refused.body(), 415, refused.status());
        assertTrue(refused.body(), refused.json().path("error").path("message").asText().contains("JPEG"));
        assertEquals(404, http.call("HEAD", url, null, TUS).status());

        Http.Response tooLarge = http.call("POST", "/api/uploads", null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length",
                Long.toString(5L * 1024 * 1024), "Upload-Metadata", "taskId " + b64("tugas-uji-foto")));
        assertEquals("the task allows 4 MB", 413, tooLarge.status());
        assertEquals(413, http.call("POST", "/api/uploads", null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length",
                Long.toString(2L * 1024 * 1024 * 1024))).status());
        String small = create(http, 1000, "tugas-uji-foto", "kecil.jpg");
        int early = http.partial("PATCH", small, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0", "Content-Type",
                "application/offset+octet-stream"), 500L * 1024 * 1024, new byte[1024], true);
        assertEquals("500 MB announced for a 1,000-byte upload: refused from the headers", 413, early);
        assertEquals(412, http.call("POST", "/api/uploads", null, Map.of("Upload-Length", "10")).status());
        assertEquals(401, new Http(port()).call("POST", "/api/uploads", null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10"))
                .status());
    }

    @Test
    public void aReturnedArticleIsResubmittedAndAcceptedWithEveryVersionKept() throws Exception {
        deployCourse();
        Http trainee = trainee("praktik-sari");
        JsonNode course = trainee.get("/api/courses/praktik-uji").json();
        assertEquals(course.toString(), "tugas-uji-foto", course.path("tasks").get(0).path("id").asText());
        assertEquals("PHOTO", course.path("tasks").get(0).path("kind").asText());
        assertEquals(400, trainee.postJson("/api/tasks/tugas-uji-berita/submissions", "{\"headline\":\"\",\"body\":\"x\"}").status());
        Http.Response draft = trainee.postJson("/api/tasks/tugas-uji-berita/submissions", "{\"headline\":\"Kerja bakti\",\"body\":\"Warga "
                + "menggelar kerja bakti.\",\"draft\":true}");
        assertEquals(200, draft.status());
        assertEquals("DRAFT", draft.json().path("state").asText());
        Http.Response first = trainee.postJson("/api/tasks/tugas-uji-berita/submissions", "{\"headline\":\"Kerja bakti di Air Putih\","
                + "\"body\":\"Warga Kelurahan Air Putih menggelar kerja bakti di Jalan Juanda pada Minggu pagi.\"}");
        assertEquals(first.body(), 201, first.status());
        long id = first.json().path("id").asLong();

        Http instructor = login("instruktur", "bimtek-instruktur");
        assertEquals(403, trainee.get("/api/reviews").status());
        JsonNode queue = instructor.get("/api/reviews?status=SUBMITTED&task=tugas-uji-berita").json();
        assertTrue(queue.toString(), queue.findValues("id").stream().anyMatch(n -> n.asLong() == id));
        assertEquals(400, instructor.postJson("/api/submissions/" + id + "/review", "{\"scores\":{\"isi\":3},\"decision\":\"ACCEPTED\"}").status());
        assertEquals(200, instructor.postJson("/api/submissions/" + id + "/review", "{\"scores\":{\"isi\":2},\"comment\":\"Sebutkan "
                + "mengapa kerja bakti diadakan.\",\"decision\":\"RETURNED\"}").status());
        JsonNode returned = trainee.get("/api/tasks/tugas-uji-berita").json().path("submissions").get(0);
        assertEquals("RETURNED", returned.path("state").asText());
        assertEquals("Sebutkan mengapa kerja bakti diadakan.", returned.path("reviews").get(0).path("comment").asText());

        Http.Response second = trainee.postJson("/api/tasks/tugas-uji-berita/submissions", "{\"headline\":\"Kerja bakti cegah banjir\","
                + "\"body\":\"Warga Kelurahan Air Putih menggelar kerja bakti di Jalan Juanda pada Minggu pagi untuk mencegah banjir.\"}");
        assertEquals(2, second.json().path("version").asInt());
        long secondId = second.json().path("id").asLong();
        assertEquals(200, instructor.postJson("/api/submissions/" + secondId + "/review", "{\"scores\":{\"isi\":4},\"decision\":\"ACCEPTED\"}")
                .status());
        JsonNode versions = trainee.get("/api/tasks/tugas-uji-berita/submissions").json();
        assertEquals(2, versions.size());
        assertEquals("ACCEPTED", versions.get(0).path("state").asText());
        assertEquals("RETURNED", versions.get(1).path("state").asText());
        assertEquals(404, login("peserta", "bimtek-peserta").get("/api/submissions/" + id).status());
    }

    @Test
    public void theLadderCountsAnAcceptedTask() throws Exception {
        deployCourse();
        Http trainee = trainee("praktik-dewi");
        byte[] file = jpeg(200_000);
        String url = create(trainee, file.length, "tugas-uji-foto", "foto.jpg");
        assertEquals(204, patch(trainee, url, 0, file).status());
        long id = trainee.postJson("/api/tasks/tugas-uji-foto/submissions", "{\"uploadId\":\"" + url.substring(url.lastIndexOf('/') + 1)
                + "\"}").json().path("id").asLong();
        JsonNode dasar = trainee.get("/api/me/ladder").json().get(0);
        assertEquals("Menunggu penilaian instruktur", dasar.path("requirements").get(0).path("missing").asText());
        assertEquals(200, login("instruktur", "bimtek-instruktur").postJson("/api/submissions/" + id + "/review",
                "{\"scores\":{\"isi\":4},\"decision\":\"ACCEPTED\"}").status());
        Poll.until("a Dasar certificate for the accepted task", Duration.ofSeconds(20),
                () -> trainee.get("/api/me/certificates").json().size() == 1);
        JsonNode evidence = trainee.get("/api/me/certificates").json().get(0).path("snapshot").path("evidence").get(0);
        assertEquals("task", evidence.path("kind").asText());
        assertEquals(100.0, evidence.path("score").asDouble(), 0.01);
    }
}
