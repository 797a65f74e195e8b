package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;

/** SQL for registry_account; callers own the connection. */
final class AccountStore {

    private static final String COLUMNS = "a.id, a.platform, a.handle, a.url, a.unit_id, a.active";

    /**
     * The people managing an account on a day: appointed by an SK in force that covers it,
     * still active, and still in the SK's unit (a transfer ends the appointment).
     */
    private static final String MANAGERS = "SELECT DISTINCT " + PersonStore.COLUMNS + ", da.account_id FROM registry_person p"
            + " JOIN registry_decree_person dp ON dp.person_id = p.id JOIN registry_decree d ON d.id = dp.decree_id"
            + " JOIN registry_decree_account da ON da.decree_id = d.id"
            + " WHERE d.status = 'ACTIVE' AND d.valid_from <= ? AND (d.valid_to IS NULL OR d.valid_to >= ?)"
            + " AND p.active = TRUE AND p.unit_id = d.unit_id";

    private AccountStore() {
    }

    static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), Platform.valueOf(rs.getString("platform")), rs.getString("handle"), rs.getString("url"),
                rs.getLong("unit_id"), rs.getBoolean("active"));
    }

    static Optional<Account> get(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM registry_account a WHERE a.id = ?", AccountStore::map, id);
    }

    static List<Account> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_account a", AccountStore::map);
    }

    static List<Account> inUnit(Connection c, long unitId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_account a WHERE a.unit_id = ? ORDER BY a.platform, a.handle",
                AccountStore::map, unitId);
    }

    static List<Account> ofDecree(Connection c, long decreeId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_account a JOIN registry_decree_account da ON da.account_id = a.id"
                + " WHERE da.decree_id = ? ORDER BY a.platform, a.handle", AccountStore::map, decreeId);
    }

    /** The accounts a person manages on {@code day}. */
    static List<Account> managedBy(Connection c, long personId, LocalDate day) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_account a WHERE a.id IN (SELECT m.account_id FROM ("
                + MANAGERS + " AND p.id = ?) m) ORDER BY a.platform, a.handle", AccountStore::map, day, day, personId);
    }

    static List<org.bimtek.api.registry.Person> managers(Connection c, long accountId, LocalDate day) throws SQLException {
        return Sql.list(c, MANAGERS + " AND da.account_id = ? ORDER BY p.full_name", PersonStore::map, day, day, accountId);
    }

    /** Ids of the active accounts in the given units that nobody manages on {@code day}. */
    static List<long[]> unmanagedPerUnit(Connection c, LocalDate day) throws SQLException {
        return Sql.list(c, "SELECT a.unit_id, COUNT(*) FROM registry_account a WHERE a.active = TRUE AND a.id NOT IN"
                + " (SELECT m.account_id FROM (" + MANAGERS + ") m) GROUP BY a.unit_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, day, day);
    }

    static Page<Account> page(Connection c, Scope scope, Set<Long> units, String query, Platform platform, Boolean active,
            int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.filter("a.unit_id"));
        List<Object> parameters = new ArrayList<>();
        if (units != null) {
            where.append(" AND ").append(Sql.in("a.unit_id", units));
        }
        if (query != null) {
            where.append(" AND (a.handle LIKE ? ESCAPE '\\' OR LOWER(a.url) LIKE ? ESCAPE '\\')");
            parameters.add(Sql.contains(query));
            parameters.add(Sql.contains(query));
        }
        if (platform != null) {
            where.append(" AND a.platform = ?");
            parameters.add(platform.name());
        }
        if (active != null) {
            where.append(" AND a.active = ?");
            parameters.add(active);
        }
        long total = Sql.count(c, "SELECT COUNT(*) FROM registry_account a" + where, parameters.toArray());
        parameters.add((page - 1) * size);
        parameters.add(size);
        return new Page<>(Sql.list(c, "SELECT " + COLUMNS + " FROM registry_account a" + where
                + " ORDER BY a.platform, a.handle OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", AccountStore::map, parameters.toArray()),
                page, size, total);
    }

    static long insert(Connection c, Account a, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO registry_account (platform, handle, url, unit_id, active, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", a.platform(), a.handle(), a.url(), a.unitId(), a.active(), now, now);
    }

    static void update(Connection c, Account a, Instant now) throws SQLException {
        Sql.update(c, "UPDATE registry_account SET platform = ?, handle = ?, url = ?, unit_id = ?, active = ?, updated_at = ?"
                + " WHERE id = ?", a.platform(), a.handle(), a.url(), a.unitId(), a.active(), now, a.id());
    }
}
