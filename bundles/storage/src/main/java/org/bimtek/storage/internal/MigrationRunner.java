package org.bimtek.storage.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bimtek.api.storage.JdbcTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a bundle's versioned SQL scripts and records them per bundle in
 * {@code bimtek_schema_history}. Each script runs in one transaction together with its
 * history row, so a script is either applied and recorded, or neither.
 *
 * <p>Why not Liquibase or Flyway: Liquibase needed SPI Fly, ASM and four more jars and
 * took 2.6-3.1 s at first activation here (ARCHITECTURE.md); the per-bundle model is a
 * hundred lines of plain JDBC, and plain versioned SQL is what every instructor and
 * administrator can read.
 */
final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    static final String HISTORY_TABLE = "bimtek_schema_history";

    private final DataSource dataSource;

    MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Brings {@code owner}'s schema up to the newest script.
     *
     * @return the highest version now applied (0 when there are no scripts)
     */
    synchronized int migrate(String owner, List<MigrationScript> scripts) throws MigrationException {
        List<MigrationScript> ordered = scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version)).toList();
        checkUniqueVersions(owner, ordered);
        try (Connection connection = dataSource.getConnection()) {
            ensureHistoryTable(connection);
            Map<Integer, String> applied = appliedChecksums(connection, owner);
            int highest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (MigrationScript script : ordered) {
                String checksum = applied.get(script.version());
                if (checksum == null) {
                    apply(connection, owner, script);
                    highest = Math.max(highest, script.version());
                } else if (!checksum.equals(script.checksum())) {
                    throw new MigrationException("Bundle " + owner + ": script " + script.name()
                            + " was changed after it had been applied; add a new script instead of editing an applied one", null);
                }
            }
            return highest;
        } catch (SQLException e) {
            throw new MigrationException("Bundle " + owner + ": cannot read the migration history: " + e.getMessage(), e);
        }
    }

    private static void checkUniqueVersions(String owner, List<MigrationScript> ordered) throws MigrationException {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("Bundle " + owner + ": scripts " + ordered.get(i - 1).name() + " and "
                        + ordered.get(i).name() + " have the same version", null);
            }
        }
    }

    private void apply(Connection connection, String owner, MigrationScript script) throws MigrationException, SQLException {
        long started = System.nanoTime();
        List<SqlScript.Statement> statements = SqlScript.split(script.text());
        connection.setAutoCommit(false);
        int index = 0;
        try (Statement jdbc = connection.createStatement()) {
            for (SqlScript.Statement statement : statements) {
                index++;
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    connection.rollback();
                    throw new MigrationException("Bundle " + owner + ": script " + script.name() + ", statement " + index
                            + " (line " + statement.line() + ") failed: " + e.getMessage() + " [SQLState " + e.getSQLState()
                            + "]\n" + statement.sql(), e);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (owner, version, script, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, owner);
                insert.setInt(2, script.version());
                insert.setString(3, script.name());
                insert.setString(4, script.checksum());
                JdbcTime.set(insert, 5, Instant.now());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        LOG.info("Applied {} for {} ({} statements, {} ms)", script.name(), owner, statements.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Map<Integer, String> appliedChecksums(Connection connection, String owner) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, checksum FROM " + HISTORY_TABLE + " WHERE owner = ?")) {
            select.setString(1, owner);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(HISTORY_TABLE.toUpperCase(java.util.Locale.ROOT), HISTORY_TABLE)) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE " + HISTORY_TABLE + " (owner VARCHAR(200) NOT NULL, version INT NOT NULL,"
                    + " script VARCHAR(255) NOT NULL, checksum CHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (owner, version))");
        } catch (SQLException e) {
            // Another thread or node created it first: fine. Derby says X0Y32, PostgreSQL 42P07.
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
