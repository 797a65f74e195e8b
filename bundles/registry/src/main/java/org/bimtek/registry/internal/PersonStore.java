package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.registry.Person;
import org.bimtek.registry.internal.Records.Page;

/** SQL for registry_person; callers own the connection. */
final class PersonStore {

    static final String COLUMNS = "p.id, p.full_name, p.nip, p.job_title, p.phone, p.email, p.user_id, p.unit_id, p.active";

    private PersonStore() {
    }

    static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("nip"), rs.getString("job_title"),
                rs.getString("phone"), rs.getString("email"), Sql.nullableLong(rs, "user_id"), rs.getLong("unit_id"),
                rs.getBoolean("active"));
    }

    static Optional<Person> get(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM registry_person p WHERE p.id = ?", PersonStore::map, id);
    }

    static Optional<Person> byUser(Connection c, long userId) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM registry_person p WHERE p.user_id = ?", PersonStore::map, userId);
    }

    static List<Person> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_person p", PersonStore::map);
    }

    static List<Person> inUnit(Connection c, long unitId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_person p WHERE p.unit_id = ? ORDER BY p.full_name",
                PersonStore::map, unitId);
    }

    /**
     * A page of people in the scope, optionally within one unit's subtree, matching
     * {@code query} in name, NIP or e-mail.
     */
    static Page<Person> page(Connection c, Scope scope, java.util.Set<Long> units, String query, Boolean active,
            int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.filter("p.unit_id"));
        List<Object> parameters = new ArrayList<>();
        if (units != null) {
            where.append(" AND ").append(Sql.in("p.unit_id", units));
        }
        if (query != null) {
            where.append(" AND (LOWER(p.full_name) LIKE ? ESCAPE '\\' OR p.nip LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\')");
            String pattern = Sql.contains(query);
            parameters.add(pattern);
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (active != null) {
            where.append(" AND p.active = ?");
            parameters.add(active);
        }
        long total = Sql.count(c, "SELECT COUNT(*) FROM registry_person p" + where, parameters.toArray());
        parameters.add((page - 1) * size);
        parameters.add(size);
        List<Person> items = Sql.list(c, "SELECT " + COLUMNS + " FROM registry_person p" + where
                + " ORDER BY p.full_name, p.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PersonStore::map, parameters.toArray());
        return new Page<>(items, page, size, total);
    }

    static long insert(Connection c, Person p, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO registry_person (full_name, nip, job_title, phone, email, user_id, unit_id, active,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.fullName(), Sql.text(p.nip()),
                Sql.text(p.position()), Sql.text(p.phone()), Sql.text(p.email()), Sql.id(p.userId()), p.unitId(), p.active(), now, now);
    }

    static void update(Connection c, Person p, Instant now) throws SQLException {
        Sql.update(c, "UPDATE registry_person SET full_name = ?, nip = ?, job_title = ?, phone = ?, email = ?, user_id = ?,"
                + " unit_id = ?, active = ?, updated_at = ? WHERE id = ?", p.fullName(), Sql.text(p.nip()), Sql.text(p.position()),
                Sql.text(p.phone()), Sql.text(p.email()), Sql.id(p.userId()), p.unitId(), p.active(), now, p.id());
    }

    /** The SQL condition "has an SK in force on ? for the unit they are in now" on person alias p; binds the day twice. */
    static final String HAS_ACTIVE_DECREE = "EXISTS (SELECT 1 FROM registry_decree_person dp JOIN registry_decree d"
            + " ON d.id = dp.decree_id WHERE dp.person_id = p.id AND d.unit_id = p.unit_id AND d.status = 'ACTIVE'"
            + " AND d.valid_from <= ? AND (d.valid_to IS NULL OR d.valid_to >= ?))";

    static boolean hasActiveDecree(Connection c, long personId, LocalDate day) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM registry_person p WHERE p.id = ? AND " + HAS_ACTIVE_DECREE, personId, day, day) > 0;
    }
}
