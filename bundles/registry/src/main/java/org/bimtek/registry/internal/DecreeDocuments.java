package org.bimtek.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.registry.internal.Records.Document;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The scanned decrees. A PDF is recognised by its content (the {@code %PDF-} header and
 * an {@code %%EOF} trailer near the end), never by a file name or a declared type. Files
 * live outside every served folder, under random names, and a new scan never replaces an
 * old one on disk: the table keeps every version.
 */
@Component(service = DecreeDocuments.class, configurationPid = "org.bimtek.registry")
public final class DecreeDocuments {

    /** Configuration ({@code etc/org.bimtek.registry.cfg}). */
    public @interface Config {
        /** Largest accepted scan. */
        int maxDocumentMegabytes() default 5;

        /** Where scans are kept; empty for {@code ${karaf.data}/registry/sk}. */
        String documentDirectory() default "";
    }

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The trailer may be followed by whitespace or junk some scanners append. */
    private static final int TRAILER_WINDOW = 1024;

    private final Database database;
    private final AuditLog audit;
    private final long maxBytes;
    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public DecreeDocuments(Config config, @Reference Database database, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this(database, audit, config.maxDocumentMegabytes() * 1024L * 1024L, config.documentDirectory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "registry", "sk") : Path.of(config.documentDirectory()));
    }

    DecreeDocuments(Database database, AuditLog audit, long maxBytes, Path folder) {
        this.database = database;
        this.audit = audit;
        this.maxBytes = maxBytes;
        this.folder = folder;
    }

    long maxBytes() {
        return maxBytes;
    }

    ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Berkas SK terlalu besar (maksimum " + maxBytes / (1024 * 1024) + " MB).", null);
    }

    /** Why these bytes are not a PDF, or null when they are one. */
    static String notAPdf(byte[] bytes) {
        if (bytes.length < HEADER.length + TRAILER.length || !startsWith(bytes, HEADER)) {
            return "berkas bukan PDF (isinya tidak diawali %PDF-)";
        }
        int from = Math.max(0, bytes.length - TRAILER_WINDOW);
        for (int i = bytes.length - TRAILER.length; i >= from; i--) {
            if (regionMatches(bytes, i, TRAILER)) {
                return null;
            }
        }
        return "berkas PDF tidak lengkap (penutup %%EOF tidak ada)";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionMatches(bytes, 0, prefix);
    }

    private static boolean regionMatches(byte[] bytes, int offset, byte[] part) {
        for (int i = 0; i < part.length; i++) {
            if (bytes[offset + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the body up to the limit; one byte more and it is refused without reading the rest. */
    byte[] read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    /** Stores a checked PDF for a decree the caller may change (the caller checks the scope). */
    Map<String, Object> store(String actor, long decreeId, byte[] pdf) throws IOException {
        String problem = notAPdf(pdf);
        if (problem != null) {
            throw new ApiException(415, "not_a_pdf", "SK harus berupa PDF: " + problem + ".", Map.of("document", problem));
        }
        Files.createDirectories(folder);
        byte[] name = new byte[16];
        random.nextBytes(name);
        String storedName = HexFormat.of().formatHex(name) + ".pdf";
        Path temporary = Files.createTempFile(folder, "upload-", ".part");
        try {
            Files.write(temporary, pdf);
            Files.move(temporary, folder.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        String sha256 = sha256(pdf);
        Instant now = Instant.now();
        Document before = database.withConnection(c -> DecreeStore.document(c, decreeId)).orElse(null);
        database.inTransaction(c -> {
            DecreeStore.addDocument(c, decreeId, storedName, pdf.length, sha256, now, actor);
            return null;
        });
        Map<String, Object> after = Map.of("sizeBytes", pdf.length, "sha256", sha256);
        Audit.change(audit, actor, "registry.decree.document", "decree:" + decreeId,
                before == null ? null : Map.of("sizeBytes", before.sizeBytes(), "sha256", before.sha256()), after);
        return Map.of("url", "/api/decrees/" + decreeId + "/document", "sizeBytes", pdf.length, "sha256", sha256);
    }

    /** The current scan's file, if there is one and it is still on disk. */
    java.util.Optional<Path> file(long decreeId) {
        return database.withConnection(c -> DecreeStore.document(c, decreeId))
                .map(d -> folder.resolve(d.storedName()))
                .filter(Files::isRegularFile);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
