package org.bimtek.awards.internal.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;

/** The SQL of programmes. */
public final class ProgrammeStore {

    private ProgrammeStore() {
    }

    static long insert(Connection c, String title, String period, int winners, List<Criterion> criteria, String actor, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_programme (title, period, phase, winners, criteria, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            s.setString(1, title);
            s.setString(2, period);
            s.setString(3, Phase.NOMINATION.name());
            s.setInt(4, winners);
            s.setString(5, Criteria.toJson(criteria));
            s.setString(6, actor);
            JdbcTime.set(s, 7, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static Optional<Programme> get(Connection c, long id) throws SQLException {
        return list(c, "SELECT * FROM award_programme WHERE id = ?", id).stream().findFirst();
    }

    /** Newest first. */
    static List<Programme> all(Connection c) throws SQLException {
        return list(c, "SELECT * FROM award_programme ORDER BY created_at DESC, id DESC");
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM award_programme"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Moves the phase on only from {@code from}: of two administrators clicking at once, one wins, the other is told. */
    static boolean movePhase(Connection c, long id, Phase from, Phase to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE award_programme SET phase = ? WHERE id = ? AND phase = ?")) {
            s.setString(1, to.name());
            s.setLong(2, id);
            s.setString(3, from.name());
            return s.executeUpdate() == 1;
        }
    }

    /** Publishes a programme in the JURY phase; false when it is not (any more) in that phase. */
    public static boolean publish(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE award_programme SET phase = ?, published_at = ? WHERE id = ? AND phase = ?")) {
            s.setString(1, Phase.PUBLISHED.name());
            JdbcTime.set(s, 2, at);
            s.setLong(3, id);
            s.setString(4, Phase.JURY.name());
            return s.executeUpdate() == 1;
        }
    }

    /** Revokes a published programme once; false when it is not published or already revoked. */
    public static boolean revoke(Connection c, long id, Instant at, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE award_programme SET revoked_at = ?, revocation_reason = ? "
                + "WHERE id = ? AND phase = ? AND revoked_at IS NULL")) {
            JdbcTime.set(s, 1, at);
            s.setString(2, reason);
            s.setLong(3, id);
            s.setString(4, Phase.PUBLISHED.name());
            return s.executeUpdate() == 1;
        }
    }

    private static List<Programme> list(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<Programme> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Programme(rs.getLong("id"), rs.getString("title"), rs.getString("period"), Phase.valueOf(rs.getString("phase")),
                            rs.getInt("winners"), Criteria.fromJson(rs.getString("criteria")), rs.getString("created_by"),
                            JdbcTime.get(rs, "created_at"), JdbcTime.get(rs, "published_at"), JdbcTime.get(rs, "revoked_at"),
                            rs.getString("revocation_reason")));
                }
                return out;
            }
        }
    }
}
