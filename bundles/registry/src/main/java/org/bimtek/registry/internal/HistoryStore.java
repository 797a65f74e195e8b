package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.registry.internal.Records.Handover;
import org.bimtek.registry.internal.Records.Membership;

/** SQL for the append-only history: unit memberships and account hand-overs. */
final class HistoryStore {

    static final String APPOINTED = "APPOINTED";
    static final String RELEASED = "RELEASED";

    private HistoryStore() {
    }

    static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("unit_id"), JdbcTime.get(rs, "started_at"),
                JdbcTime.get(rs, "ended_at"), rs.getString("note"));
    }

    static void openMembership(Connection c, long personId, long unitId, Instant at, String note) throws SQLException {
        Sql.update(c, "INSERT INTO registry_membership (person_id, unit_id, started_at, ended_at, note) VALUES (?, ?, ?, ?, ?)",
                personId, unitId, at, Sql.NULL_TIME, Sql.text(note));
    }

    /** Ends the open membership; the row itself stays, with its end. */
    static void closeMembership(Connection c, long personId, Instant at) throws SQLException {
        Sql.update(c, "UPDATE registry_membership SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL", at, personId);
    }

    /** Batched {@link #openMembership} for imports: one round trip per batch. */
    static PreparedStatement membershipBatch(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO registry_membership (person_id, unit_id, started_at, ended_at, note) VALUES (?, ?, ?, NULL, ?)");
    }

    static void addMembership(PreparedStatement batch, long personId, long unitId, Instant at, String note) throws SQLException {
        Sql.bind(batch, personId, unitId, at, Sql.text(note));
        batch.addBatch();
    }

    static List<Membership> memberships(Connection c, long personId) throws SQLException {
        return Sql.list(c, "SELECT id, person_id, unit_id, started_at, ended_at, note FROM registry_membership"
                + " WHERE person_id = ? ORDER BY started_at DESC, id DESC", HistoryStore::membership, personId);
    }

    static Optional<Membership> membershipAt(Connection c, long personId, Instant at) throws SQLException {
        return Sql.one(c, "SELECT id, person_id, unit_id, started_at, ended_at, note FROM registry_membership"
                + " WHERE person_id = ? AND started_at <= ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at DESC, id DESC",
                HistoryStore::membership, personId, at, at);
    }

    static Handover handover(ResultSet rs) throws SQLException {
        return new Handover(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("person_id"), rs.getString("event_type"),
                JdbcTime.get(rs, "occurred_at"), Sql.nullableLong(rs, "decree_id"), rs.getString("note"));
    }

    static void handover(Connection c, long accountId, long personId, String event, Instant at, Long decreeId, String note)
            throws SQLException {
        Sql.update(c, "INSERT INTO registry_handover (account_id, person_id, event_type, occurred_at, decree_id, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", accountId, personId, event, at, Sql.id(decreeId), Sql.text(note));
    }

    static List<Handover> handoversOfAccount(Connection c, long accountId) throws SQLException {
        return Sql.list(c, "SELECT id, account_id, person_id, event_type, occurred_at, decree_id, note FROM registry_handover"
                + " WHERE account_id = ? ORDER BY occurred_at DESC, id DESC", HistoryStore::handover, accountId);
    }

    static List<Handover> handoversOfPerson(Connection c, long personId) throws SQLException {
        return Sql.list(c, "SELECT id, account_id, person_id, event_type, occurred_at, decree_id, note FROM registry_handover"
                + " WHERE person_id = ? ORDER BY occurred_at DESC, id DESC", HistoryStore::handover, personId);
    }
}
