package org.bimtek.practice.internal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.api.storage.Schema;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.practice.internal.check.MagicBytes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumable uploads on disk, the tus 1.0 core semantics without HTTP: create with a length, append at the offset
 * the server holds, resume after anything. A chunk is acknowledged only after it is synced to disk and its offset
 * recorded, so an acknowledged byte survives a crash; a partly written chunk is cut back on the next append. The
 * type is decided by the first bytes, before the rest is accepted. Files live outside any served folder, under
 * random names.
 */
@Component(service = Uploads.class, configurationPid = "org.bimtek.practice")
public final class Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int BUFFER = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    private final Database database;
    private final Path directory;
    private final long maxBytes;
    /** Uploads a request is writing now: a second request for one of them is refused, never interleaved. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();

    /** Clears abandoned uploads now and then; none in unit tests, which clear when they want. */
    private java.util.concurrent.ScheduledExecutorService sweeper;

    @Activate
    public Uploads(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.practice)") Schema schema, Map<String, Object> config) {
        this(database, directory(config), megabytes(config.get("maxUploadMegabytes")));
        int days = days(config.get("abandonedUploadDays"));
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bimtek-practice-upload-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep(Instant.now().minus(java.time.Duration.ofDays(days)));
            } catch (RuntimeException e) {
                LOG.warn("Clearing abandoned uploads failed; tried again later", e);
            }
        }, 1, 6 * 60, java.util.concurrent.TimeUnit.MINUTES);
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    /**
     * Deletes uploads started before {@code before} that never completed, or completed but were never handed in
     * (no submission names them): abandoned files must not fill the disk. Returns how many went.
     */
    public int sweep(Instant before) {
        java.util.List<Upload> abandoned = database.withConnection(c -> {
            java.util.List<Upload> found = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM practice_upload u WHERE u.created_at < ? AND NOT EXISTS "
                    + "(SELECT 1 FROM practice_submission s WHERE s.upload_id = u.id)")) {
                JdbcTime.set(s, 1, before);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
            }
            return found;
        });
        abandoned.forEach(this::delete);
        if (!abandoned.isEmpty()) {
            LOG.info("Cleared {} abandoned upload(s)", abandoned.size());
        }
        return abandoned.size();
    }

    public Uploads(Database database, Path directory, long maxBytes) {
        this.database = database;
        this.directory = directory;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload folder " + directory, e);
        }
    }

    private static Path directory(Map<String, Object> config) {
        Object configured = config.get("uploadDirectory");
        return configured == null || configured.toString().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "practice", "uploads") : Path.of(configured.toString().trim());
    }

    private static int days(Object value) {
        try {
            return value == null ? 7 : Math.max(1, Integer.parseInt(value.toString().trim()));
        } catch (NumberFormatException e) {
            return 7;
        }
    }

    private static long megabytes(Object value) {
        try {
            return value == null ? DEFAULT_MAX_BYTES : Long.parseLong(value.toString().trim()) * 1024 * 1024;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    /** The largest upload the server takes, whatever a task says. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * A new upload of {@code length} bytes; refused at once when larger than {@code limit} (the task's, or the
     * server's), so a client learns it before sending anything.
     */
    public Upload create(long userId, long length, long limit, String taskId, String fileName) {
        long allowed = Math.min(limit, maxBytes);
        if (length <= 0) {
            throw new UploadException(400, "empty_upload", "Ukuran berkas (Upload-Length) harus lebih dari 0.", -1);
        }
        if (length > allowed) {
            throw new UploadException(413, "upload_too_large", "Berkas " + mb(length) + " terlalu besar; paling besar " + mb(allowed) + ".", -1);
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Instant now = Instant.now();
        try {
            Files.createFile(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO practice_upload (id, user_id, task_id, file_name, upload_length, "
                    + "upload_offset, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
                s.setString(1, id);
                s.setLong(2, userId);
                s.setString(3, taskId);
                s.setString(4, fileName);
                s.setLong(5, length);
                JdbcTime.set(s, 6, now);
                return s.executeUpdate();
            }
        });
        return new Upload(id, userId, taskId, fileName, length, 0, null, null, now, null);
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** The caller's upload; another user's is as good as missing. */
    public Optional<Upload> get(String id, long userId) {
        return find(id).filter(u -> u.userId() == userId);
    }

    public Optional<Upload> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM practice_upload WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Upload>empty();
                }
            }
        });
    }

    private static Upload read(ResultSet rs) throws SQLException {
        String kind = rs.getString("file_kind");
        return new Upload(rs.getString("id"), rs.getLong("user_id"), rs.getString("task_id"), rs.getString("file_name"),
                rs.getLong("upload_length"), rs.getLong("upload_offset"), kind == null ? null : FileKind.valueOf(kind), rs.getString("sha256"),
                JdbcTime.get(rs, "created_at"), JdbcTime.get(rs, "completed_at"));
    }

    public Path file(Upload upload) {
        return file(upload.id());
    }

    private Path file(String id) {
        return directory.resolve(id + ".bin");
    }

    /** A chunk's expected digest, from tus's {@code Upload-Checksum: <algorithm> <base64>}. */
    public record Checksum(String algorithm, byte[] digest) {
        static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "sha256", "SHA-256", "md5", "MD5");

        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Appends the body at {@code offset}, which must be the server's; returns the upload as it now stands. Reads at
     * most the bytes still missing; a body that says it is longer is refused before a byte is read. When the client
     * goes away mid-chunk, what arrived is kept (synced and counted) and the caller sees the I/O error.
     */
    public Upload append(String id, long userId, long offset, long contentLength, InputStream body, Checksum checksum,
            Set<FileKind> accepted) throws IOException {
        Upload upload = get(id, userId).orElseThrow(() -> new UploadException(404, "not_found", "Unggahan tidak ditemukan.", -1));
        if (!busy.add(id)) {
            throw new UploadException(409, "busy", "Unggahan ini sedang dikirim dari permintaan lain.", upload.offset());
        }
        try {
            upload = get(id, userId).orElseThrow(() -> new UploadException(404, "not_found", "Unggahan tidak ditemukan.", -1));
            if (upload.complete()) {
                throw new UploadException(409, "complete", "Unggahan ini sudah lengkap.", upload.offset());
            }
            if (offset != upload.offset()) {
                throw new UploadException(409, "offset_mismatch", "Upload-Offset " + offset + " tidak cocok; server memegang " + upload.offset()
                        + ".", upload.offset());
            }
            long missing = upload.length() - upload.offset();
            if (contentLength > missing) {
                throw new UploadException(413, "chunk_too_large", "Potongan ini melewati ukuran berkas yang diumumkan.", upload.offset());
            }
            return write(upload, body, Math.min(missing, contentLength < 0 ? missing : contentLength), checksum, accepted);
        } finally {
            busy.remove(id);
        }
    }

    private Upload write(Upload start, InputStream body, long limit, Checksum checksum, Set<FileKind> accepted) throws IOException {
        Upload upload = start;
        MessageDigest digest = checksum == null ? null : checksum.newDigest();
        long written = 0;
        IOException broken = null;
        try (FileChannel channel = FileChannel.open(file(upload), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Bytes past the recorded offset were never acknowledged (a crash mid-chunk): they go.
            channel.truncate(upload.offset());
            channel.position(upload.offset());
            byte[] buffer = new byte[BUFFER];
            while (written < limit) {
                int n;
                try {
                    n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - written));
                } catch (IOException e) {
                    // The client went away: what arrived is kept (unless the chunk has a checksum).
                    broken = e;
                    break;
                }
                if (n < 0) {
                    break;
                }
                channel.write(ByteBuffer.wrap(buffer, 0, n));
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                written += n;
                if (upload.kind() == null && upload.offset() + written >= MagicBytes.bytesNeeded()) {
                    upload = typed(upload, channel, accepted);
                }
            }
            if (checksum != null && broken == null && !MessageDigest.isEqual(digest.digest(), checksum.digest())) {
                channel.truncate(upload.offset());
                throw new UploadException(460, "checksum_mismatch", "Checksum potongan tidak cocok; kirim ulang potongan ini.", upload.offset());
            }
            if (checksum != null && broken != null) {
                // A chunk with a checksum counts whole or not at all; so does the type read from its first bytes.
                channel.truncate(upload.offset());
                written = 0;
                upload = start;
            }
            channel.force(false);
        } catch (UploadException e) {
            throw e;
        } catch (IOException e) {
            // Not the client's doing (a full disk, a lost file): say so, and keep the offset where it was.
            LOG.error("Upload {} could not be written", start.id(), e);
            throw new UploadException(500, "storage_error", "Server gagal menyimpan potongan ini; coba lagi nanti.", start.offset());
        }
        Upload moved = record(upload, upload.offset() + written);
        if (broken != null) {
            throw broken;
        }
        return moved;
    }

    /** Decides the type from the first bytes; a file that is not one of the accepted kinds goes at once. */
    private Upload typed(Upload upload, FileChannel channel, Set<FileKind> accepted) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(64);
        channel.read(head, 0);
        Optional<FileKind> kind = MagicBytes.detect(java.util.Arrays.copyOf(head.array(), head.position()));
        if (kind.isEmpty() || !accepted.contains(kind.get())) {
            delete(upload);
            throw new UploadException(415, "unsupported_file_type", "Isi berkas ini bukan " + names(accepted)
                    + " (jenis berkas dibaca dari isinya, bukan dari namanya).", -1);
        }
        return new Upload(upload.id(), upload.userId(), upload.taskId(), upload.fileName(), upload.length(), upload.offset(), kind.get(),
                null, upload.createdAt(), null);
    }

    static String names(Set<FileKind> kinds) {
        return String.join(" atau ", kinds.stream().map(Enum::name).sorted().toList());
    }

    private Upload record(Upload upload, long offset) throws IOException {
        boolean complete = offset == upload.length();
        String sha256 = complete ? sha256(file(upload)) : null;
        Instant completedAt = complete ? Instant.now() : null;
        database.withConnection(c -> {
            // Compare-and-set on the offset: another node writing the same upload loses instead of both winning.
            try (PreparedStatement s = c.prepareStatement("UPDATE practice_upload SET upload_offset = ?, file_kind = ?, sha256 = ?, "
                    + "completed_at = ? WHERE id = ? AND upload_offset = ?")) {
                s.setLong(1, offset);
                s.setString(2, upload.kind() == null ? null : upload.kind().name());
                s.setString(3, sha256);
                JdbcTime.set(s, 4, completedAt);
                s.setString(5, upload.id());
                s.setLong(6, upload.offset());
                if (s.executeUpdate() != 1) {
                    throw new UploadException(409, "busy", "Unggahan ini sedang dikirim dari permintaan lain.", upload.offset());
                }
                return 1;
            }
        });
        return new Upload(upload.id(), upload.userId(), upload.taskId(), upload.fileName(), upload.length(), offset, upload.kind(), sha256,
                upload.createdAt(), completedAt);
    }

    /** The whole file's SHA-256, read in a stream: the file is never held in memory. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Ends an upload the trainee no longer wants; one that a submission names stays, as handed in. */
    public void terminate(Upload upload) {
        boolean named = database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM practice_submission WHERE upload_id = ?")) {
                s.setString(1, upload.id());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (named) {
            throw new UploadException(409, "in_use", "Berkas ini sudah menjadi bagian dari kiriman dan tidak dapat dihapus.", upload.offset());
        }
        delete(upload);
    }

    /** Ends an upload: its row and its file. */
    public void delete(Upload upload) {
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM practice_upload WHERE id = ?")) {
                s.setString(1, upload.id());
                return s.executeUpdate();
            }
        });
        try {
            Files.deleteIfExists(file(upload));
        } catch (IOException e) {
            LOG.warn("Upload file {} could not be deleted", upload.id(), e);
        }
    }
}
