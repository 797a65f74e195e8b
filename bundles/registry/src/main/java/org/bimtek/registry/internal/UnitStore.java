package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;

/** SQL for registry_unit; callers own the connection. */
final class UnitStore {

    private UnitStore() {
    }

    static Unit map(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                Sql.nullableLong(rs, "parent_id"), rs.getBoolean("active"));
    }

    static List<Unit> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, code, name, kind, parent_id, active FROM registry_unit", UnitStore::map);
    }

    static UnitTree tree(Connection c) throws SQLException {
        return new UnitTree(all(c));
    }

    static long insert(Connection c, String code, String name, UnitKind kind, Long parentId, boolean active, Instant now)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO registry_unit (code, name, kind, parent_id, active, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", code, name, kind, Sql.id(parentId), active, now, now);
    }

    static void update(Connection c, Unit unit, Instant now) throws SQLException {
        Sql.update(c, "UPDATE registry_unit SET code = ?, name = ?, kind = ?, parent_id = ?, active = ?, updated_at = ? WHERE id = ?",
                unit.code(), unit.name(), unit.kind(), Sql.id(unit.parentId()), unit.active(), now, unit.id());
    }
}
