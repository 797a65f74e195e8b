package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.registry.internal.Records.Document;
import org.bimtek.registry.internal.Records.Page;

/** SQL for decrees, their people, accounts and documents; callers own the connection. */
final class DecreeStore {

    private static final String COLUMNS = "d.id, d.decree_number, d.decree_date, d.signed_by_name, d.signed_by_title, d.unit_id,"
            + " d.valid_from, d.valid_to, d.status";

    private DecreeStore() {
    }

    /** Maps a row with the status as it stands on {@code today}: an ACTIVE SK past its end reads EXPIRED. */
    static Sql.Row<Decree> mapper(LocalDate today) {
        return rs -> {
            DecreeStatus stored = DecreeStatus.valueOf(rs.getString("status"));
            LocalDate validTo = Sql.date(rs, "valid_to");
            DecreeStatus status = stored == DecreeStatus.ACTIVE && validTo != null && validTo.isBefore(today)
                    ? DecreeStatus.EXPIRED : stored;
            return new Decree(rs.getLong("id"), rs.getString("decree_number"), Sql.date(rs, "decree_date"),
                    rs.getString("signed_by_name"), rs.getString("signed_by_title"), rs.getLong("unit_id"),
                    Sql.date(rs, "valid_from"), validTo, status);
        };
    }

    static Optional<Decree> get(Connection c, long id, LocalDate today) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM registry_decree d WHERE d.id = ?", mapper(today), id);
    }

    static List<Decree> all(Connection c, LocalDate today) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_decree d", mapper(today));
    }

    static List<Decree> ofPerson(Connection c, long personId, LocalDate today) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_decree d JOIN registry_decree_person dp ON dp.decree_id = d.id"
                + " WHERE dp.person_id = ? ORDER BY d.valid_from DESC, d.id DESC", mapper(today), personId);
    }

    static List<Decree> ofUnit(Connection c, long unitId, LocalDate today) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM registry_decree d WHERE d.unit_id = ? ORDER BY d.valid_from DESC, d.id DESC",
                mapper(today), unitId);
    }

    /** Filters for a page of decrees. {@code expiringDays} lists ACTIVE SKs ending within that many days from today. */
    record Filter(Set<Long> units, String query, DecreeStatus status, Integer expiringDays, Long personId) {
    }

    static Page<Decree> page(Connection c, Scope scope, Filter filter, LocalDate today, int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.filter("d.unit_id"));
        List<Object> parameters = new ArrayList<>();
        if (filter.units() != null) {
            where.append(" AND ").append(Sql.in("d.unit_id", filter.units()));
        }
        if (filter.query() != null) {
            where.append(" AND (LOWER(d.decree_number) LIKE ? ESCAPE '\\' OR LOWER(d.signed_by_name) LIKE ? ESCAPE '\\')");
            parameters.add(Sql.contains(filter.query()));
            parameters.add(Sql.contains(filter.query()));
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case ACTIVE -> {
                    where.append(" AND d.status = 'ACTIVE' AND (d.valid_to IS NULL OR d.valid_to >= ?)");
                    parameters.add(today);
                }
                case EXPIRED -> {
                    where.append(" AND d.status = 'ACTIVE' AND d.valid_to < ?");
                    parameters.add(today);
                }
                default -> {
                    where.append(" AND d.status = ?");
                    parameters.add(filter.status().name());
                }
            }
        }
        if (filter.expiringDays() != null) {
            where.append(" AND d.status = 'ACTIVE' AND d.valid_to >= ? AND d.valid_to <= ?");
            parameters.add(today);
            parameters.add(today.plusDays(filter.expiringDays()));
        }
        if (filter.personId() != null) {
            where.append(" AND d.id IN (SELECT decree_id FROM registry_decree_person WHERE person_id = ?)");
            parameters.add(filter.personId());
        }
        long total = Sql.count(c, "SELECT COUNT(*) FROM registry_decree d" + where, parameters.toArray());
        String order = filter.expiringDays() != null ? " ORDER BY d.valid_to, d.id" : " ORDER BY d.decree_date DESC, d.id DESC";
        parameters.add((page - 1) * size);
        parameters.add(size);
        return new Page<>(Sql.list(c, "SELECT " + COLUMNS + " FROM registry_decree d" + where + order
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", mapper(today), parameters.toArray()), page, size, total);
    }

    /** Inserts with the stored status (ACTIVE, REVOKED or SUPERSEDED). */
    static long insert(Connection c, Decree d, DecreeStatus stored, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO registry_decree (decree_number, decree_date, signed_by_name, signed_by_title, unit_id,"
                + " valid_from, valid_to, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.number(), d.date(),
                d.signedByName(), d.signedByTitle(), d.unitId(), d.validFrom(), Sql.day(d.validTo()), stored, now, now);
    }

    static void update(Connection c, Decree d, DecreeStatus stored, Instant now) throws SQLException {
        Sql.update(c, "UPDATE registry_decree SET decree_number = ?, decree_date = ?, signed_by_name = ?, signed_by_title = ?,"
                + " unit_id = ?, valid_from = ?, valid_to = ?, status = ?, updated_at = ? WHERE id = ?", d.number(), d.date(),
                d.signedByName(), d.signedByTitle(), d.unitId(), d.validFrom(), Sql.day(d.validTo()), stored, now, d.id());
    }

    static void supersede(Connection c, long oldId, long newId, Instant now) throws SQLException {
        Sql.update(c, "UPDATE registry_decree SET status = 'SUPERSEDED', superseded_by = ?, updated_at = ? WHERE id = ?",
                newId, now, oldId);
    }

    static Optional<Long> supersededBy(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT superseded_by FROM registry_decree WHERE id = ?", rs -> Sql.nullableLong(rs, "superseded_by"), id)
                .filter(java.util.Objects::nonNull);
    }

    static List<Long> personIds(Connection c, long decreeId) throws SQLException {
        return Sql.list(c, "SELECT person_id FROM registry_decree_person WHERE decree_id = ? ORDER BY person_id",
                rs -> rs.getLong(1), decreeId);
    }

    static List<Long> accountIds(Connection c, long decreeId) throws SQLException {
        return Sql.list(c, "SELECT account_id FROM registry_decree_account WHERE decree_id = ? ORDER BY account_id",
                rs -> rs.getLong(1), decreeId);
    }

    /** Adds and removes links so that the decree names exactly {@code wanted}. */
    static void setLinks(Connection c, String table, String column, long decreeId, Collection<Long> current, Collection<Long> wanted)
            throws SQLException {
        try (PreparedStatement remove = c.prepareStatement("DELETE FROM " + table + " WHERE decree_id = ? AND " + column + " = ?");
                PreparedStatement add = c.prepareStatement("INSERT INTO " + table + " (decree_id, " + column + ") VALUES (?, ?)")) {
            for (Long id : current) {
                if (!wanted.contains(id)) {
                    Sql.bind(remove, decreeId, id);
                    remove.addBatch();
                }
            }
            for (Long id : wanted) {
                if (!current.contains(id)) {
                    Sql.bind(add, decreeId, id);
                    add.addBatch();
                }
            }
            remove.executeBatch();
            add.executeBatch();
        }
    }

    static Optional<Document> document(Connection c, long decreeId) throws SQLException {
        return Sql.one(c, "SELECT id, decree_id, stored_name, size_bytes, sha256, uploaded_at, uploaded_by FROM registry_decree_document"
                + " WHERE decree_id = ? ORDER BY uploaded_at DESC, id DESC", rs -> new Document(rs.getLong("id"), rs.getLong("decree_id"),
                        rs.getString("stored_name"), rs.getLong("size_bytes"), rs.getString("sha256"), JdbcTime.get(rs, "uploaded_at"),
                        rs.getString("uploaded_by")), decreeId);
    }

    static void addDocument(Connection c, long decreeId, String storedName, long size, String sha256, Instant at, String by)
            throws SQLException {
        Sql.update(c, "INSERT INTO registry_decree_document (decree_id, stored_name, size_bytes, sha256, uploaded_at, uploaded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)", decreeId, storedName, size, sha256, at, by);
    }

    /** Every decree's people or accounts as (decree id, linked id) pairs, for exports. */
    static List<long[]> allLinks(Connection c, String table, String column) throws SQLException {
        return Sql.list(c, "SELECT decree_id, " + column + " FROM " + table, rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }
}
