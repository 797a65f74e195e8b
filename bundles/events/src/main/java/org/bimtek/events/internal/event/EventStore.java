package org.bimtek.events.internal.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.api.storage.JdbcTime;

/** The SQL of events, their related courses and quotas. */
public final class EventStore {

    private EventStore() {
    }

    static long insert(Connection c, Event e) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events_event (title, description, starts_at, ends_at, place, online_url, "
                + "capacity, enrol_opens_at, enrol_closes_at, needs_approval, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            st.setString(1, e.title());
            st.setString(2, e.description());
            JdbcTime.set(st, 3, e.startsAt());
            JdbcTime.set(st, 4, e.endsAt());
            st.setString(5, e.place());
            st.setString(6, e.onlineUrl());
            st.setInt(7, e.capacity());
            JdbcTime.set(st, 8, e.enrolmentOpensAt());
            JdbcTime.set(st, 9, e.enrolmentClosesAt());
            st.setBoolean(10, e.needsApproval());
            st.setString(11, e.createdBy());
            JdbcTime.set(st, 12, e.createdAt());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events_course (event_id, course_id) VALUES (?, ?)")) {
            for (String course : e.courseIds()) {
                st.setLong(1, id);
                st.setString(2, course);
                st.addBatch();
            }
            if (!e.courseIds().isEmpty()) {
                st.executeBatch();
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events_quota (event_id, unit_kind, seats) VALUES (?, ?, ?)")) {
            for (Map.Entry<UnitKind, Integer> q : e.quotas().entrySet()) {
                st.setLong(1, id);
                st.setString(2, q.getKey().name());
                st.setInt(3, q.getValue());
                st.addBatch();
            }
            if (!e.quotas().isEmpty()) {
                st.executeBatch();
            }
        }
        return id;
    }

    static Optional<Event> get(Connection c, long id) throws SQLException {
        return query(c, "SELECT * FROM events_event WHERE id = ?", id).stream().findFirst();
    }

    /** Every event, soonest first. */
    static List<Event> all(Connection c) throws SQLException {
        return query(c, "SELECT * FROM events_event ORDER BY starts_at, id");
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM events_event"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Takes the event's row lock for the rest of the transaction and returns the event's new version. Every change
     * to an event's enrolments starts here, so they happen one after another whatever node they run on, and the
     * version orders them.
     */
    public static Optional<Long> lock(Connection c, long eventId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE events_event SET version = version + 1 WHERE id = ?")) {
            st.setLong(1, eventId);
            if (st.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM events_event WHERE id = ?")) {
            st.setLong(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return Optional.of(rs.getLong(1));
            }
        }
    }

    private static List<Event> query(Connection c, String sql, Object... parameters) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), rs.getString("title"), rs.getString("description"), JdbcTime.get(rs, "starts_at"),
                            JdbcTime.get(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"), rs.getInt("capacity"),
                            JdbcTime.get(rs, "enrol_opens_at"), JdbcTime.get(rs, "enrol_closes_at"), rs.getBoolean("needs_approval"),
                            rs.getString("created_by"), JdbcTime.get(rs, "created_at")));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> courses = courses(c, rows.size() == 1 ? rows.get(0).id() : null);
        Map<Long, Map<UnitKind, Integer>> quotas = quotas(c, rows.size() == 1 ? rows.get(0).id() : null);
        List<Event> events = new ArrayList<>();
        for (Row r : rows) {
            events.add(new Event(r.id(), r.title(), r.description(), courses.getOrDefault(r.id(), List.of()), r.startsAt(), r.endsAt(),
                    r.place(), r.onlineUrl(), r.capacity(), quotas.getOrDefault(r.id(), Map.of()), r.opens(), r.closes(), r.approval(),
                    r.createdBy(), r.createdAt()));
        }
        return events;
    }

    private record Row(long id, String title, String description, java.time.Instant startsAt, java.time.Instant endsAt, String place,
            String onlineUrl, int capacity, java.time.Instant opens, java.time.Instant closes, boolean approval, String createdBy,
            java.time.Instant createdAt) {
    }

    /** The related courses of one event, or of all (eventId null), in one query. */
    private static Map<Long, List<String>> courses(Connection c, Long eventId) throws SQLException {
        Map<Long, List<String>> courses = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT event_id, course_id FROM events_course"
                + (eventId == null ? "" : " WHERE event_id = ?") + " ORDER BY event_id, course_id")) {
            if (eventId != null) {
                st.setLong(1, eventId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    courses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return courses;
    }

    private static Map<Long, Map<UnitKind, Integer>> quotas(Connection c, Long eventId) throws SQLException {
        Map<Long, Map<UnitKind, Integer>> quotas = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT event_id, unit_kind, seats FROM events_quota"
                + (eventId == null ? "" : " WHERE event_id = ?"))) {
            if (eventId != null) {
                st.setLong(1, eventId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    try {
                        quotas.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(UnitKind.class)).put(UnitKind.valueOf(rs.getString(2)),
                                rs.getInt(3));
                    } catch (IllegalArgumentException unknownKind) {
                        // A unit kind a later registry dropped: that quota can no longer apply to anyone.
                    }
                }
            }
        }
        return quotas;
    }

    /** Seats per event in one query: enrolled, waitlisted and pending counts. */
    static Map<Long, int[]> counts(Connection c, Long eventId) throws SQLException {
        Map<Long, int[]> counts = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT event_id, state, COUNT(*) FROM events_enrolment"
                + (eventId == null ? "" : " WHERE event_id = ?") + " GROUP BY event_id, state")) {
            if (eventId != null) {
                st.setLong(1, eventId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int[] c3 = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    switch (rs.getString(2)) {
                        case "ENROLLED" -> c3[0] = rs.getInt(3);
                        case "WAITLISTED" -> c3[1] = rs.getInt(3);
                        case "PENDING" -> c3[2] = rs.getInt(3);
                        default -> {
                            // CANCELLED takes nothing.
                        }
                    }
                }
            }
        }
        return counts;
    }
}
