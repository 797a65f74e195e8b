package org.bimtek.certification.internal.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.Json;
import org.bimtek.api.storage.JdbcTime;

/** The SQL of certificates. Snapshot, credential and PDF are inserted once and have no update statement. */
public final class CertificateStore {

    private static final String COLUMNS = "id, number, code, credential_id, user_id, person_id, tier, holder_name, issued_at, valid_until, "
            + "status_index, key_id, snapshot, credential, revoked_at, revoked_by, revoke_reason, superseded_by";

    private CertificateStore() {
    }

    /** Advances a named counter in the caller's transaction; the row lock serialises concurrent issuers. */
    static long next(Connection c, String counter) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE cert_counter SET next_value = next_value + 1 WHERE name = ?")) {
            update.setString(1, counter);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO cert_counter (name, next_value) VALUES (?, 2)")) {
                    insert.setString(1, counter);
                    insert.executeUpdate();
                    return 1;
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    // Another transaction created it first; its row is committed now: count on from it.
                    return next(c, counter);
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT next_value FROM cert_counter WHERE name = ?")) {
            select.setString(1, counter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) - 1;
            }
        }
    }

    static boolean issueKeyTaken(Connection c, String issueKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM cert_certificate WHERE issue_key = ?")) {
            s.setString(1, issueKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void insert(Connection c, Certificate cert, String issueKey, byte[] pdf) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cert_certificate (number, code, credential_id, issue_key, user_id, "
                + "person_id, tier, holder_name, issued_at, valid_until, status_index, key_id, snapshot, credential, pdf) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, cert.number());
            s.setString(2, cert.code());
            s.setString(3, cert.credentialId());
            s.setString(4, issueKey);
            s.setLong(5, cert.userId());
            s.setObject(6, cert.personId(), java.sql.Types.BIGINT);
            s.setString(7, cert.tier().name());
            s.setString(8, cert.holderName());
            JdbcTime.set(s, 9, cert.issuedAt());
            s.setDate(10, Date.valueOf(cert.validUntil()));
            s.setInt(11, cert.statusIndex());
            s.setString(12, cert.keyId());
            s.setString(13, json(cert.snapshot()));
            s.setString(14, cert.credential());
            s.setBytes(15, pdf);
            s.executeUpdate();
        }
    }

    public static Optional<Certificate> byCode(Connection c, String code) throws SQLException {
        return one(c, "code", code);
    }

    public static Optional<Certificate> byNumber(Connection c, String number) throws SQLException {
        return one(c, "number", number);
    }

    public static Optional<Certificate> byCredentialId(Connection c, String credentialId) throws SQLException {
        return one(c, "credential_id", credentialId);
    }

    private static Optional<Certificate> one(Connection c, String column, String value) throws SQLException {
        List<Certificate> found = list(c, "SELECT " + COLUMNS + " FROM cert_certificate WHERE " + column + " = ?", value);
        return found.stream().findFirst();
    }

    public static List<Certificate> ofUser(Connection c, long userId) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM cert_certificate WHERE user_id = ? ORDER BY issued_at DESC, id DESC", userId);
    }

    public static List<Certificate> ofPerson(Connection c, long personId) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM cert_certificate WHERE person_id = ? ORDER BY issued_at DESC, id DESC", personId);
    }

    /** Newest first, optionally only those whose number or holder contains {@code query}. */
    public static List<Certificate> all(Connection c, String query, int limit) throws SQLException {
        String like = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase(java.util.Locale.ROOT) + "%";
        String sql = "SELECT " + COLUMNS + " FROM cert_certificate"
                + (like == null ? "" : " WHERE LOWER(number) LIKE ? OR LOWER(holder_name) LIKE ?")
                + " ORDER BY issued_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        return like == null ? list(c, sql) : list(c, sql, like, like);
    }

    /** Certificates still standing whose validity ends between the two days, soonest first. */
    public static List<Certificate> expiringBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM cert_certificate WHERE valid_until >= ? AND valid_until <= ? AND revoked_at IS NULL "
                + "AND superseded_by IS NULL ORDER BY valid_until, id", Date.valueOf(from), Date.valueOf(to));
    }

    public static Optional<byte[]> pdf(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pdf FROM cert_certificate WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Marks it revoked unless it already is; returns whether this call revoked it. */
    static boolean revoke(Connection c, long id, Instant at, String by, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cert_certificate SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                + "WHERE id = ? AND revoked_at IS NULL")) {
            JdbcTime.set(s, 1, at);
            s.setString(2, by);
            s.setString(3, reason);
            s.setLong(4, id);
            return s.executeUpdate() == 1;
        }
    }

    static boolean supersede(Connection c, long id, String byNumber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cert_certificate SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL "
                + "AND revoked_at IS NULL")) {
            s.setString(1, byNumber);
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    /** The status list's bits: set for every certificate revoked or superseded. */
    public static BitSet withdrawn(Connection c) throws SQLException {
        BitSet bits = new BitSet();
        try (PreparedStatement s = c.prepareStatement("SELECT status_index FROM cert_certificate WHERE revoked_at IS NOT NULL "
                + "OR superseded_by IS NOT NULL"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                bits.set(rs.getInt(1));
            }
        }
        return bits;
    }

    public static int highestStatusIndex(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(status_index) FROM cert_certificate"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<Certificate> list(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Certificate> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        }
    }

    private static Certificate read(ResultSet rs) throws SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        return new Certificate(rs.getLong("id"), rs.getString("number"), rs.getString("code"), rs.getString("credential_id"),
                rs.getLong("user_id"), personId, Tier.valueOf(rs.getString("tier")), rs.getString("holder_name"),
                JdbcTime.get(rs, "issued_at"), rs.getDate("valid_until").toLocalDate(), rs.getInt("status_index"), rs.getString("key_id"),
                snapshot(rs.getString("snapshot")), rs.getString("credential"), JdbcTime.get(rs, "revoked_at"), rs.getString("revoked_by"),
                rs.getString("revoke_reason"), rs.getString("superseded_by"));
    }

    static String json(Snapshot snapshot) {
        try {
            return Json.MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Snapshot snapshot(String json) {
        try {
            return Json.MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), Snapshot.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable certificate snapshot", e);
        }
    }
}
