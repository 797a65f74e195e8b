package org.bimtek.awards.internal.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.JdbcTime;

/** The SQL of winners' credentials. */
final class CredentialStore {

    private CredentialStore() {
    }

    static void insert(Connection c, List<StoredCredential> credentials) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO award_credential (id, programme_id, nominee_id, person_id, place, "
                + "holder_name, issued_at, jws) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredCredential cr : credentials) {
                s.setString(1, cr.id());
                s.setLong(2, cr.programmeId());
                s.setLong(3, cr.nomineeId());
                s.setLong(4, cr.personId());
                s.setInt(5, cr.rank());
                s.setString(6, cr.holderName());
                JdbcTime.set(s, 7, cr.issuedAt());
                s.setString(8, cr.jws());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static Optional<StoredCredential> byId(Connection c, String id) throws SQLException {
        return list(c, "SELECT * FROM award_credential WHERE id = ?", id).stream().findFirst();
    }

    /** A programme's credentials by rank, then name. */
    static List<StoredCredential> ofProgramme(Connection c, long programmeId) throws SQLException {
        return list(c, "SELECT * FROM award_credential WHERE programme_id = ? ORDER BY place, holder_name", programmeId);
    }

    static List<StoredCredential> ofPerson(Connection c, long personId) throws SQLException {
        return list(c, "SELECT * FROM award_credential WHERE person_id = ? ORDER BY issued_at DESC", personId);
    }

    private static List<StoredCredential> list(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                List<StoredCredential> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredCredential(rs.getString("id"), rs.getLong("programme_id"), rs.getLong("nominee_id"), rs.getLong("person_id"),
                            rs.getInt("place"), rs.getString("holder_name"), JdbcTime.get(rs, "issued_at"), rs.getString("jws")));
                }
                return out;
            }
        }
    }
}
