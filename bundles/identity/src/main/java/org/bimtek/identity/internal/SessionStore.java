package org.bimtek.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;

/** SQL for identity_session; tokens arrive here already hashed. */
final class SessionStore {

    record Row(long userId, String csrfToken, Instant expiresAt) {
    }

    private SessionStore() {
    }

    static void insert(Connection c, String tokenHash, long userId, String csrfToken, Instant now, Instant expiresAt,
            String clientAddress) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO identity_session"
                + " (token_hash, user_id, csrf_token, created_at, expires_at, client_address) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tokenHash);
            insert.setLong(2, userId);
            insert.setString(3, csrfToken);
            JdbcTime.set(insert, 4, now);
            JdbcTime.set(insert, 5, expiresAt);
            insert.setString(6, clientAddress == null ? null : clientAddress.substring(0, Math.min(64, clientAddress.length())));
            insert.executeUpdate();
        }
    }

    static Optional<Row> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT user_id, csrf_token, expires_at FROM identity_session WHERE token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Row(rs.getLong(1), rs.getString(2), JdbcTime.get(rs, "expires_at")))
                        : Optional.empty();
            }
        }
    }

    static int delete(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM identity_session WHERE token_hash = ?")) {
            delete.setString(1, tokenHash);
            return delete.executeUpdate();
        }
    }

    static int deleteExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM identity_session WHERE expires_at < ?")) {
            JdbcTime.set(delete, 1, now);
            return delete.executeUpdate();
        }
    }
}
