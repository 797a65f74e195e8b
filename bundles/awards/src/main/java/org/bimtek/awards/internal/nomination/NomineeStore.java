package org.bimtek.awards.internal.nomination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.awards.internal.model.Nominee;

/** The SQL of nominations. */
public final class NomineeStore {

    private NomineeStore() {
    }

    static long insert(Connection c, Nominee n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_nominee (programme_id, person_id, person_name, user_id, unit_id, "
                + "unit_name, nominated_by, nominated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            s.setLong(1, n.programmeId());
            s.setLong(2, n.personId());
            s.setString(3, n.name());
            s.setObject(4, n.userId(), Types.BIGINT);
            s.setLong(5, n.unitId());
            s.setString(6, n.unitName());
            s.setString(7, n.nominatedBy());
            JdbcTime.set(s, 8, n.nominatedAt());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A programme's nominees by name. */
    public static List<Nominee> ofProgramme(Connection c, long programmeId) throws SQLException {
        return list(c, "SELECT * FROM award_nominee WHERE programme_id = ? ORDER BY person_name, id", programmeId);
    }

    public static Optional<Nominee> get(Connection c, long nomineeId) throws SQLException {
        return list(c, "SELECT * FROM award_nominee WHERE id = ?", nomineeId).stream().findFirst();
    }

    private static List<Nominee> list(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                List<Nominee> out = new ArrayList<>();
                while (rs.next()) {
                    long user = rs.getLong("user_id");
                    out.add(new Nominee(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("person_id"), rs.getString("person_name"),
                            rs.wasNull() ? null : user, rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("nominated_by"),
                            JdbcTime.get(rs, "nominated_at")));
                }
                return out;
            }
        }
    }
}
