package org.bimtek.awards.internal.ranking;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bimtek.api.http.Json;

/** The ranking frozen at publication, with each nominee's explanation as JSON. */
public final class ResultStore {

    private ResultStore() {
    }

    public static void insert(Connection c, long programmeId, List<Ranking.Entry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_result (programme_id, nominee_id, place, total, winner, explanation) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Ranking.Entry e : entries) {
                s.setLong(1, programmeId);
                s.setLong(2, e.nomineeId());
                s.setInt(3, e.rank());
                s.setBigDecimal(4, e.total());
                s.setBoolean(5, e.winner());
                s.setString(6, json(e.lines()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The frozen ranking in its order: rank, then name. */
    static List<Ranking.Entry> of(Connection c, long programmeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT r.*, n.person_id, n.person_name, n.unit_name FROM award_result r "
                + "JOIN award_nominee n ON n.id = r.nominee_id WHERE r.programme_id = ? ORDER BY r.place, n.person_name, n.id")) {
            s.setLong(1, programmeId);
            try (ResultSet rs = s.executeQuery()) {
                List<Ranking.Entry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Ranking.Entry(rs.getInt("place"), rs.getLong("nominee_id"), rs.getLong("person_id"), rs.getString("person_name"),
                            rs.getString("unit_name"), rs.getBigDecimal("total"), rs.getBoolean("winner"), lines(rs.getString("explanation"))));
                }
                return out;
            }
        }
    }

    private static String json(List<Ranking.Line> lines) {
        try {
            return Json.MAPPER.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ranking explanation cannot be written as JSON", e);
        }
    }

    private static List<Ranking.Line> lines(String json) {
        try {
            return List.of(Json.MAPPER.readValue(json, Ranking.Line[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored ranking explanation is not JSON", e);
        }
    }
}
