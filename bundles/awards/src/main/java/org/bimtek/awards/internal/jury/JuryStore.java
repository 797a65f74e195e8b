package org.bimtek.awards.internal.jury;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.awards.internal.model.JuryScore;
import org.bimtek.awards.internal.model.Juror;

/** The SQL of jurors and their scores. */
public final class JuryStore {

    private JuryStore() {
    }

    static void addJuror(Connection c, Juror j) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_juror (programme_id, user_id, display_name, added_by, added_at) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, j.programmeId());
            s.setLong(2, j.userId());
            s.setString(3, j.displayName());
            s.setString(4, j.addedBy());
            JdbcTime.set(s, 5, j.addedAt());
            s.executeUpdate();
        }
    }

    /** Removes a juror and the scores they gave in the programme, so that they no longer count. */
    static boolean removeJuror(Connection c, long programmeId, long userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM award_score WHERE programme_id = ? AND juror_user_id = ?")) {
            s.setLong(1, programmeId);
            s.setLong(2, userId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM award_juror WHERE programme_id = ? AND user_id = ?")) {
            s.setLong(1, programmeId);
            s.setLong(2, userId);
            return s.executeUpdate() == 1;
        }
    }

    static List<Juror> jurors(Connection c, long programmeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM award_juror WHERE programme_id = ? ORDER BY display_name, user_id")) {
            s.setLong(1, programmeId);
            try (ResultSet rs = s.executeQuery()) {
                List<Juror> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Juror(rs.getLong("programme_id"), rs.getLong("user_id"), rs.getString("display_name"), rs.getString("added_by"),
                            JdbcTime.get(rs, "added_at")));
                }
                return out;
            }
        }
    }

    /** The programmes whose jury the user sits on. */
    static Set<Long> programmesOf(Connection c, long userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT programme_id FROM award_juror WHERE user_id = ?")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                Set<Long> out = new LinkedHashSet<>();
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return out;
            }
        }
    }

    /** Writes the juror's score, replacing the one they gave before for the same nominee and criterion. */
    static void putScore(Connection c, JuryScore score) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE award_score SET score = ?, note = ?, scored_at = ? "
                + "WHERE nominee_id = ? AND criterion_id = ? AND juror_user_id = ?")) {
            s.setInt(1, score.score());
            s.setString(2, score.note());
            JdbcTime.set(s, 3, score.scoredAt());
            s.setLong(4, score.nomineeId());
            s.setString(5, score.criterionId());
            s.setLong(6, score.jurorUserId());
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_score (programme_id, nominee_id, criterion_id, juror_user_id, score, "
                + "note, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, score.programmeId());
            s.setLong(2, score.nomineeId());
            s.setString(3, score.criterionId());
            s.setLong(4, score.jurorUserId());
            s.setInt(5, score.score());
            s.setString(6, score.note());
            JdbcTime.set(s, 7, score.scoredAt());
            s.executeUpdate();
        }
    }

    static List<JuryScore> scores(Connection c, long programmeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM award_score WHERE programme_id = ? ORDER BY nominee_id, criterion_id, "
                + "juror_user_id")) {
            s.setLong(1, programmeId);
            try (ResultSet rs = s.executeQuery()) {
                List<JuryScore> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new JuryScore(rs.getLong("programme_id"), rs.getLong("nominee_id"), rs.getString("criterion_id"),
                            rs.getLong("juror_user_id"), rs.getInt("score"), rs.getString("note"), JdbcTime.get(rs, "scored_at")));
                }
                return out;
            }
        }
    }
}
