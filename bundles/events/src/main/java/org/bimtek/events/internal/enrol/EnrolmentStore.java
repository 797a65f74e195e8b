package org.bimtek.events.internal.enrol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;

/** The SQL of enrolments and check-ins. Changes to an event's enrolments run with its lock held (see Enrolments). */
public final class EnrolmentStore {

    private EnrolmentStore() {
    }

    /** Every enrolment of the event in arrival order. */
    static List<Enrolment> ofEvent(Connection c, long eventId) throws SQLException {
        return query(c, "SELECT * FROM events_enrolment WHERE event_id = ? ORDER BY seq, id", eventId);
    }

    static List<Enrolment> ofUser(Connection c, long userId) throws SQLException {
        return query(c, "SELECT * FROM events_enrolment WHERE user_id = ?", userId);
    }

    static Optional<Enrolment> find(Connection c, long eventId, long userId) throws SQLException {
        return query(c, "SELECT * FROM events_enrolment WHERE event_id = ? AND user_id = ?", eventId, userId).stream().findFirst();
    }

    static Optional<Enrolment> get(Connection c, long id) throws SQLException {
        return query(c, "SELECT * FROM events_enrolment WHERE id = ?", id).stream().findFirst();
    }

    public static Optional<Enrolment> byCode(Connection c, long eventId, String code) throws SQLException {
        return query(c, "SELECT * FROM events_enrolment WHERE check_in_code = ? AND event_id = ?", code, eventId).stream().findFirst();
    }

    /** The 1-based place in the event's waitlist of a waitlisted enrolment. */
    static int position(Connection c, Enrolment e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM events_enrolment WHERE event_id = ? AND state = 'WAITLISTED' "
                + "AND seq <= ?")) {
            st.setLong(1, e.eventId());
            st.setLong(2, e.seq());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static long insert(Connection c, Enrolment e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events_enrolment (event_id, user_id, person_id, unit_id, quota_keys, state, "
                + "seq, check_in_code, nominated_by, requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            st.setLong(1, e.eventId());
            st.setLong(2, e.userId());
            st.setObject(3, e.personId(), Types.BIGINT);
            st.setObject(4, e.unitId(), Types.BIGINT);
            st.setString(5, QuotaKey.format(e.quotaKeys()));
            st.setString(6, e.state().name());
            st.setLong(7, e.seq());
            st.setString(8, e.checkInCode());
            st.setString(9, e.nominatedBy());
            JdbcTime.set(st, 10, e.requestedAt());
            JdbcTime.set(st, 11, e.updatedAt());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A cancelled enrolment asked for again: the person's units as they are now, a new place in the order. */
    static boolean reopen(Connection c, Enrolment e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE events_enrolment SET person_id = ?, unit_id = ?, quota_keys = ?, state = ?, "
                + "seq = ?, nominated_by = ?, requested_at = ?, updated_at = ? WHERE id = ? AND state = 'CANCELLED'")) {
            st.setObject(1, e.personId(), Types.BIGINT);
            st.setObject(2, e.unitId(), Types.BIGINT);
            st.setString(3, QuotaKey.format(e.quotaKeys()));
            st.setString(4, e.state().name());
            st.setLong(5, e.seq());
            st.setString(6, e.nominatedBy());
            JdbcTime.set(st, 7, e.requestedAt());
            JdbcTime.set(st, 8, e.updatedAt());
            st.setLong(9, e.id());
            return st.executeUpdate() == 1;
        }
    }

    /** Cancels an enrolment still in {@code from} and not checked in; false otherwise. */
    static boolean cancel(Connection c, long id, EnrolmentState from, long seq, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE events_enrolment SET state = ?, seq = ?, updated_at = ? WHERE id = ? AND state = ? "
                + "AND checked_in_at IS NULL")) {
            st.setString(1, EnrolmentState.CANCELLED.name());
            st.setLong(2, seq);
            JdbcTime.set(st, 3, at);
            st.setLong(4, id);
            st.setString(5, from.name());
            return st.executeUpdate() == 1;
        }
    }

    /** Moves an enrolment from one state to another; false when it was no longer in {@code from}. */
    static boolean move(Connection c, long id, EnrolmentState from, EnrolmentState to, long seq, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE events_enrolment SET state = ?, seq = ?, updated_at = ? WHERE id = ? AND state = ?")) {
            st.setString(1, to.name());
            st.setLong(2, seq);
            JdbcTime.set(st, 3, at);
            st.setLong(4, id);
            st.setString(5, from.name());
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Records attendance once: only an enrolled participant not yet checked in. The condition is in the statement,
     * so two desks scanning the same code at once record it once.
     */
    public static boolean checkIn(Connection c, long id, Instant at, String by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE events_enrolment SET checked_in_at = ?, checked_in_by = ? "
                + "WHERE id = ? AND state = 'ENROLLED' AND checked_in_at IS NULL")) {
            JdbcTime.set(st, 1, at);
            st.setString(2, by);
            st.setLong(3, id);
            return st.executeUpdate() == 1;
        }
    }

    /** One check-in of a trainee, with the event's title and start. */
    public record Attended(long eventId, String title, Instant startsAt, Instant checkedInAt) {
    }

    /** The trainee's check-ins, newest first. */
    public static List<Attended> attended(Connection c, long userId) throws SQLException {
        List<Attended> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT e.id, e.title, e.starts_at, n.checked_in_at FROM events_enrolment n "
                + "JOIN events_event e ON e.id = n.event_id WHERE n.user_id = ? AND n.checked_in_at IS NOT NULL ORDER BY n.checked_in_at DESC")) {
            st.setLong(1, userId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Attended(rs.getLong(1), rs.getString(2), JdbcTime.get(rs, "starts_at"), JdbcTime.get(rs, "checked_in_at")));
                }
            }
        }
        return rows;
    }

    private static List<Enrolment> query(Connection c, String sql, Object... parameters) throws SQLException {
        List<Enrolment> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Enrolment(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("user_id"), nullableLong(rs, "person_id"),
                            nullableLong(rs, "unit_id"), QuotaKey.parse(rs.getString("quota_keys")), EnrolmentState.valueOf(rs.getString("state")),
                            rs.getLong("seq"), rs.getString("check_in_code").trim(), rs.getString("nominated_by"), JdbcTime.get(rs, "requested_at"),
                            JdbcTime.get(rs, "updated_at"), JdbcTime.get(rs, "checked_in_at"), rs.getString("checked_in_by")));
                }
            }
        }
        return result;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
