package org.bimtek.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.storage.JdbcTime;

/** SQL for the identity_user and identity_user_role tables; callers own the connection. */
final class UserStore {

    /** A user row with the fields that stay inside this bundle. */
    record Credentials(User user, String passwordHash, int failedLogins, Instant lockedUntil) {
    }

    private static final String COLUMNS = "u.id, u.username, u.display_name, u.password_hash, u.active,"
            + " u.failed_logins, u.locked_until, u.created_at";

    private UserStore() {
    }

    static long insert(Connection c, String username, String displayName, String passwordHash, Set<Role> roles, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO identity_user"
                + " (username, display_name, password_hash, active, failed_logins, created_at) VALUES (?, ?, ?, ?, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, passwordHash);
            insert.setBoolean(4, true);
            JdbcTime.set(insert, 5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement role = c.prepareStatement("INSERT INTO identity_user_role (user_id, role) VALUES (?, ?)")) {
            for (Role r : roles) {
                role.setLong(1, id);
                role.setString(2, r.name());
                role.addBatch();
            }
            role.executeBatch();
        }
        return id;
    }

    static Optional<Credentials> byUsername(Connection c, String username) throws SQLException {
        return one(c, "WHERE u.username = ?", username);
    }

    static Optional<Credentials> byId(Connection c, long id) throws SQLException {
        return one(c, "WHERE u.id = ?", id);
    }

    static List<User> all(Connection c) throws SQLException {
        return query(c, "ORDER BY u.username").stream().map(Credentials::user).toList();
    }

    private static Optional<Credentials> one(Connection c, String where, Object key) throws SQLException {
        List<Credentials> found = query(c, where, key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Credentials> query(Connection c, String clause, Object... parameters) throws SQLException {
        Map<Long, Credentials> rows = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM identity_user u " + clause)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong("id"), new Credentials(
                            new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                    Set.of(), rs.getBoolean("active"), JdbcTime.get(rs, "created_at")),
                            rs.getString("password_hash"), rs.getInt("failed_logins"), JdbcTime.get(rs, "locked_until")));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = roles(c, rows.keySet());
        List<Credentials> result = new ArrayList<>();
        for (Credentials row : rows.values()) {
            User u = row.user();
            result.add(new Credentials(new User(u.id(), u.username(), u.displayName(),
                    roles.getOrDefault(u.id(), Set.of()), u.active(), u.createdAt()),
                    row.passwordHash(), row.failedLogins(), row.lockedUntil()));
        }
        return result;
    }

    private static Map<Long, Set<Role>> roles(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        String sql = ids.size() == 1
                ? "SELECT user_id, role FROM identity_user_role WHERE user_id = " + ids.iterator().next()
                : "SELECT user_id, role FROM identity_user_role";
        try (Statement select = c.createStatement(); ResultSet rs = select.executeQuery(sql)) {
            while (rs.next()) {
                roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            }
        }
        return roles;
    }

    static void setPasswordHash(Connection c, long id, String hash) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE identity_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?")) {
            update.setString(1, hash);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    static void recordFailure(Connection c, long id, int failedLogins, Instant lockedUntil) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE identity_user SET failed_logins = ?, locked_until = ? WHERE id = ?")) {
            update.setInt(1, failedLogins);
            JdbcTime.set(update, 2, lockedUntil);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }
}
