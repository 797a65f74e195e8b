package org.bimtek.quiz.internal.engine;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import org.bimtek.api.storage.Database;

/**
 * The installation's secret key for options' opaque ids, made at first start and kept in the database:
 * the same options keep the same ids across restarts and re-imports, and nobody without the key can
 * tell from an id which option is right.
 */
final class IdKey {

    private static final String NAME = "option-id-key";

    private IdKey() {
    }

    static byte[] load(Database database) {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT secret FROM quiz_secret WHERE name = ?")) {
                select.setString(1, NAME);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        return Base64.getDecoder().decode(rs.getString(1));
                    }
                }
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO quiz_secret (name, secret) VALUES (?, ?)")) {
                insert.setString(1, NAME);
                insert.setString(2, Base64.getEncoder().encodeToString(key));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                throw new SQLException("the option id key was made twice at once; start again", e);
            }
            return key;
        });
    }
}
