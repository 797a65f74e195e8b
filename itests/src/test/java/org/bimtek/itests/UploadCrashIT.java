package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The built distribution is killed with SIGKILL while a trainee uploads a photo in 1 MB chunks, then started again
 * on the same data: the upload resumes from an offset at least as far as the last chunk the server acknowledged,
 * and the finished file's SHA-256 is the original's, so nothing acknowledged was lost and nothing half-written kept.
 */
class UploadCrashIT {

    private static final int CHUNK = 1024 * 1024;

    @Test
    void acknowledgedChunksSurviveSigkillAndTheUploadResumes() throws Exception {
        Path database = BimtekProcess.newDatabaseDir("upload-crash");
        BimtekProcess server = BimtekProcess.unpack("upload-crash", database).start();
        try {
            Http http = login(server);
            String task = photoTask(http);
            byte[] file = new byte[20 * CHUNK];
            new Random(20).nextBytes(file);
            file[0] = (byte) 0xFF;
            file[1] = (byte) 0xD8;
            file[2] = (byte) 0xFF;
            file[3] = (byte) 0xE0;
            Http.Response created = http.call("POST", "/api/uploads", null, Map.of("Tus-Resumable", "1.0.0", "Upload-Length",
                    Integer.toString(file.length), "Upload-Metadata", "taskId " + Base64.getEncoder().encodeToString(task.getBytes(StandardCharsets.UTF_8))));
            assertEquals(201, created.status(), created.body());
            String url = created.header("Location").orElseThrow();

            AtomicLong acknowledged = new AtomicLong();
            Thread sender = new Thread(() -> {
                long offset = 0;
                while (offset < file.length) {
                    try {
                        Http.Response sent = patch(http, url, offset, Arrays.copyOfRange(file, (int) offset, (int) Math.min(file.length, offset + CHUNK)));
                        if (sent.status() != 204) {
                            return;
                        }
                        offset = Long.parseLong(sent.header("Upload-Offset").orElseThrow());
                        acknowledged.set(offset);
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            sender.start();
            Poll.until("three chunks acknowledged", Duration.ofSeconds(60), () -> acknowledged.get() >= 3L * CHUNK);
            server.kill();
            sender.join(30_000);

            server.start();
            Http again = login(server);
            Http.Response head = again.call("HEAD", url, null, Map.of("Tus-Resumable", "1.0.0"));
            assertEquals(200, head.status());
            long offset = Long.parseLong(head.header("Upload-Offset").orElseThrow());
            assertTrue(offset >= acknowledged.get(), "resumes at " + offset + ", acknowledged " + acknowledged.get());
            while (offset < file.length) {
                Http.Response sent = patch(again, url, offset, Arrays.copyOfRange(file, (int) offset, (int) Math.min(file.length, offset + CHUNK)));
                assertEquals(204, sent.status(), sent.body());
                offset = Long.parseLong(sent.header("Upload-Offset").orElseThrow());
            }
            JsonNode done = again.get(url).json();
            assertTrue(done.path("complete").asBoolean());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), done.path("sha256").asText(),
                    "the file after the crash is the file sent");
        } finally {
            server.close();
        }
    }

    private static Http login(BimtekProcess server) throws Exception {
        Http http = new Http(server.port());
        Poll.until("login", Duration.ofSeconds(90), () -> http.login("peserta", "bimtek-peserta").status() == 200);
        Poll.until("the practice tasks", Duration.ofSeconds(60), () -> http.get("/api/tasks").json().size() >= 7
                && http.call("OPTIONS", "/api/uploads", null, Map.of()).header("Tus-Version").isPresent());
        return http;
    }

    private static String photoTask(Http http) throws Exception {
        for (JsonNode t : http.get("/api/tasks").json()) {
            if (t.path("kind").asText().equals("PHOTO")) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("no photo task");
    }

    private static Http.Response patch(Http http, String url, long offset, byte[] chunk) throws Exception {
        return http.call("PATCH", url, chunk, Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset), "Content-Type",
                "application/offset+octet-stream", "Upload-Checksum", "sha256 "
                        + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(chunk))));
    }
}
