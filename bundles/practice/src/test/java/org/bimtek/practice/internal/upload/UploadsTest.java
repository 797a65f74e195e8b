package org.bimtek.practice.internal.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resumable uploads on real in-memory Derby and a real folder. */
class UploadsTest {

    private static final Set<FileKind> PHOTOS = EnumSet.of(FileKind.JPEG, FileKind.PNG);

    @TempDir
    Path folder;

    private Uploads uploads;
    private byte[] jpeg;

    @BeforeEach
    void setUp() throws Exception {
        uploads = new Uploads(MemoryDatabase.create("org.bimtek.practice", UploadsTest.class), folder, 1024 * 1024);
        jpeg = new byte[300_000];
        new Random(7).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;
    }

    private Upload append(Upload upload, long offset, byte[] bytes, Uploads.Checksum checksum) throws IOException {
        return uploads.append(upload.id(), upload.userId(), offset, bytes.length, new ByteArrayInputStream(bytes), checksum, PHOTOS);
    }

    private static byte[] part(byte[] all, int from, int to) {
        return java.util.Arrays.copyOfRange(all, from, to);
    }

    @Test
    void chunksAddUpToTheFileAndItsSha256() throws Exception {
        Upload upload = uploads.create(1, jpeg.length, Long.MAX_VALUE, null, "foto.jpg");
        Upload half = append(upload, 0, part(jpeg, 0, 100_000), null);
        assertEquals(100_000, half.offset());
        assertEquals(FileKind.JPEG, half.kind(), "the type is known from the first chunk");
        assertFalse(half.complete());
        Upload done = append(upload, 100_000, part(jpeg, 100_000, jpeg.length), null);
        assertTrue(done.complete());
        assertArrayEquals(jpeg, Files.readAllBytes(uploads.file(done)));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)), done.sha256());
        assertEquals(done, uploads.get(upload.id(), 1).orElseThrow(), "what the server holds is what it said");
    }

    @Test
    void aDroppedConnectionKeepsWhatArrivedAndResumesFromThere() throws Exception {
        Upload upload = uploads.create(1, jpeg.length, Long.MAX_VALUE, null, null);
        InputStream dropping = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 150_000) {
                    throw new IOException("connection reset");
                }
                return jpeg[sent++] & 0xFF;
            }
        };
        assertThrows(IOException.class, () -> uploads.append(upload.id(), 1, 0, jpeg.length, dropping, null, PHOTOS));
        long offset = uploads.get(upload.id(), 1).orElseThrow().offset();
        assertEquals(150_000, offset, "the bytes that arrived were synced and counted");
        assertTrue(append(upload, offset, part(jpeg, (int) offset, jpeg.length), null).complete());
        assertArrayEquals(jpeg, Files.readAllBytes(uploads.file(upload)));
    }

    @Test
    void aWrongOffsetOrChecksumChangesNothing() throws Exception {
        Upload upload = uploads.create(1, jpeg.length, Long.MAX_VALUE, null, null);
        append(upload, 0, part(jpeg, 0, 1000), null);
        UploadException wrongOffset = assertThrows(UploadException.class, () -> append(upload, 500, part(jpeg, 500, 1500), null));
        assertEquals(409, wrongOffset.status());
        assertEquals(1000, wrongOffset.offset());
        byte[] chunk = part(jpeg, 1000, 2000);
        byte[] bad = MessageDigest.getInstance("SHA-256").digest("lain".getBytes(StandardCharsets.UTF_8));
        UploadException mismatch = assertThrows(UploadException.class, () -> append(upload, 1000, chunk, new Uploads.Checksum("sha256", bad)));
        assertEquals(460, mismatch.status());
        assertEquals(1000, uploads.get(upload.id(), 1).orElseThrow().offset());
        assertEquals(1000, Files.size(uploads.file(upload)), "the refused chunk is cut away");
        byte[] good = MessageDigest.getInstance("SHA-256").digest(chunk);
        assertEquals(2000, append(upload, 1000, chunk, new Uploads.Checksum("sha256", good)).offset());
    }

    @Test
    void contentDecidesTheTypeNotTheName() throws Exception {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Upload upload = uploads.create(1, html.length, Long.MAX_VALUE, null, "foto.jpg");
        UploadException refused = assertThrows(UploadException.class, () -> append(upload, 0, html, null));
        assertEquals(415, refused.status());
        assertTrue(uploads.get(upload.id(), 1).isEmpty(), "a refused upload is gone");
        assertFalse(Files.exists(uploads.file(upload)));
    }

    @Test
    void tooLargeIsRefusedBeforeAnythingIsSent() throws Exception {
        assertEquals(413, assertThrows(UploadException.class, () -> uploads.create(1, 2 * 1024 * 1024, Long.MAX_VALUE, null, null)).status());
        assertEquals(413, assertThrows(UploadException.class, () -> uploads.create(1, 600_000, 500_000, null, null)).status(),
                "a task's own limit");
        Upload upload = uploads.create(1, 1000, Long.MAX_VALUE, null, null);
        assertEquals(413, assertThrows(UploadException.class, () -> uploads.append(upload.id(), 1, 0, 5000,
                new ByteArrayInputStream(new byte[5000]), null, PHOTOS)).status(), "a chunk longer than the file");
        assertTrue(uploads.get(upload.id(), 2).isEmpty(), "another user's upload is not there");
    }

    @Test
    void hostileNamesAreKeptHarmless() {
        assertEquals("passwd", TusServlet.safeName("../../etc/passwd"));
        assertEquals("a_b_.jpg", TusServlet.safeName("a\"b\n.jpg"));
        assertEquals("foto.jpg", TusServlet.safeName("C:\\Users\\x\\foto.jpg"));
        assertEquals(null, TusServlet.safeName(".."));
    }

    @Test
    void abandonedUploadsAreClearedAndHandedInOnesKept() throws Exception {
        Upload unfinished = uploads.create(1, jpeg.length, Long.MAX_VALUE, null, null);
        append(unfinished, 0, part(jpeg, 0, 1000), null);
        assertEquals(0, uploads.sweep(java.time.Instant.now().minusSeconds(3600)), "young uploads stay");
        assertEquals(1, uploads.sweep(java.time.Instant.now().plusSeconds(1)));
        assertTrue(uploads.get(unfinished.id(), 1).isEmpty());
        assertFalse(Files.exists(uploads.file(unfinished)));
    }

    @Test
    void aChecksummedChunkThatBreaksOffLeavesNoTypeBehind() throws Exception {
        Upload upload = uploads.create(1, jpeg.length, Long.MAX_VALUE, null, "foto.jpg");
        InputStream dropping = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 5000) {
                    throw new IOException("connection reset");
                }
                return jpeg[sent++] & 0xFF;
            }
        };
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(part(jpeg, 0, 10_000));
        assertThrows(IOException.class, () -> uploads.append(upload.id(), 1, 0, 10_000, dropping, new Uploads.Checksum("sha256", digest), PHOTOS));
        Upload after = uploads.get(upload.id(), 1).orElseThrow();
        assertEquals(0, after.offset(), "a checksummed chunk counts whole or not at all");
        assertEquals(null, after.kind(), "and the JPEG signature it carried is forgotten with it");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(415, assertThrows(UploadException.class, () -> append(after, 0, html, null)).status());
    }
}
