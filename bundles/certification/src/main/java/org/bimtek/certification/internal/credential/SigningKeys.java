package org.bimtek.certification.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.Json;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.api.storage.Schema;
import org.bimtek.certification.internal.credential.KeyDirectory.StoredKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's Ed25519 keys. Private halves are files readable by the server's user only, like Karaf's own
 * {@code etc/host.key}, under {@code ${karaf.data}/certification/keys} unless {@code keyDirectory} says otherwise;
 * the key is made at first start. Public halves go to the database, which is what verification reads: a rotation
 * retires this node's key but keeps it verifiable, and a key made on another node is found there too.
 */
@Component(service = SigningKeys.class, configurationPid = "org.bimtek.certification")
public final class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    /** A public key as published, with its life. */
    public record PublishedKey(String kid, PublicKey publicKey, Map<String, Object> jwk, Instant createdAt, Instant retiredAt) {
    }

    private final Database database;
    private final KeyDirectory directory;
    private final AuditLog audit;
    private volatile StoredKey current;
    private volatile Map<String, PublishedKey> published = Map.of();

    @Activate
    public SigningKeys(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.certification)") Schema schema, @Reference AuditLog audit,
            Map<String, Object> config) {
        this(database, directory(config), audit);
    }

    public SigningKeys(Database database, Path keyDirectory, AuditLog audit) {
        this.database = database;
        this.directory = new KeyDirectory(keyDirectory);
        this.audit = audit;
        start();
    }

    private static Path directory(Map<String, ?> config) {
        Object configured = config.get("keyDirectory");
        return configured == null || configured.toString().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "certification", "keys") : Path.of(configured.toString().trim());
    }

    private synchronized void start() {
        List<StoredKey> stored = loadDirectory();
        for (StoredKey key : stored) {
            publish(key, false);
        }
        refresh();
        current = stored.stream().filter(k -> published.containsKey(k.kid()) && published.get(k.kid()).retiredAt() == null)
                .max(Comparator.comparing(k -> published.get(k.kid()).createdAt())).orElse(null);
        if (current == null) {
            rotate(AuditLog.SYSTEM);
        }
    }

    private List<StoredKey> loadDirectory() {
        try {
            return directory.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys", e);
        }
    }

    /** The key that signs from now on. */
    public StoredKey current() {
        return current;
    }

    /** Makes a new signing key and retires this node's previous ones; they stay published for verification. Audited. */
    public synchronized String rotate(String actor) {
        String kid = "bimtek-" + KID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        StoredKey key;
        try {
            key = directory.create(kid);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the new signing key", e);
        }
        List<String> retire = loadDirectory().stream().map(StoredKey::kid).filter(k -> !k.equals(kid)).toList();
        database.inTransaction(c -> {
            for (String old : retire) {
                try (PreparedStatement s = c.prepareStatement("UPDATE cert_key SET retired_at = ? WHERE kid = ? AND retired_at IS NULL")) {
                    JdbcTime.set(s, 1, Instant.now());
                    s.setString(2, old);
                    s.executeUpdate();
                }
            }
            return null;
        });
        publish(key, true);
        refresh();
        current = key;
        LOG.info("Certificate signing key {} is now in use ({} older key(s) kept for verification)", kid, retire.size());
        if (audit != null) {
            audit.record(actor, "certificate.key-rotate", kid, "retired: " + String.join(", ", retire));
        }
        return kid;
    }

    private void publish(StoredKey key, boolean fresh) {
        String jwk = json(Ed25519Keys.publicJwk(key.kid(), key.publicKey()));
        database.inTransaction(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM cert_key WHERE kid = ?")) {
                find.setString(1, key.kid());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cert_key (kid, public_jwk, created_at) VALUES (?, ?, ?)")) {
                s.setString(1, key.kid());
                s.setString(2, jwk);
                JdbcTime.set(s, 3, Instant.now());
                s.executeUpdate();
            }
            if (!fresh) {
                LOG.info("Signing key {} found on disk and published", key.kid());
            }
            return null;
        });
    }

    private void refresh() {
        Map<String, PublishedKey> keys = new LinkedHashMap<>();
        database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kid, public_jwk, created_at, retired_at FROM cert_key ORDER BY created_at");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        JsonNode jwk = Json.MAPPER.readTree(rs.getString("public_jwk"));
                        @SuppressWarnings("unchecked")
                        Map<String, Object> map = Json.MAPPER.convertValue(jwk, LinkedHashMap.class);
                        keys.put(rs.getString("kid"), new PublishedKey(rs.getString("kid"), Ed25519Keys.publicFromJwk(jwk), map,
                                JdbcTime.get(rs, "created_at"), JdbcTime.get(rs, "retired_at")));
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("Published key {} is unreadable and is skipped", rs.getString("kid"), e);
                    }
                }
            }
            return null;
        });
        published = Map.copyOf(keys);
    }

    /** The public key with this id (the fragment of a DID URL, or the bare id), re-reading the table once on a miss. */
    public Optional<PublicKey> publicKey(String kid) {
        String id = kid == null ? null : kid.substring(kid.indexOf('#') + 1);
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        PublishedKey key = published.get(id);
        if (key == null) {
            refresh();
            key = published.get(id);
        }
        return Optional.ofNullable(key).map(PublishedKey::publicKey);
    }

    /** Every key ever published, oldest first. */
    public List<PublishedKey> published() {
        return new ArrayList<>(published.values());
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
