package org.bimtek.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the migration runner against real (in-memory) Derby. */
class MigrationRunnerTest {

    private EmbeddedDataSource dataSource;
    private MigrationRunner runner;

    @BeforeEach
    void freshDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        runner = new MigrationRunner(dataSource);
    }

    private static MigrationScript script(String name, String text) {
        return MigrationScript.of(name, text);
    }

    @Test
    void appliesScriptsInVersionOrderAndRecordsThemPerBundle() throws Exception {
        List<MigrationScript> scripts = List.of(
                script("V2__add_column.sql", "ALTER TABLE notes ADD COLUMN author VARCHAR(50);\nINSERT INTO notes (body, author) VALUES ('a;b', 'x')"),
                script("V1__create_notes.sql", "-- the notes; with a semicolon in a comment\nCREATE TABLE notes (body VARCHAR(100));"));

        assertEquals(2, runner.migrate("org.example.notes", scripts));

        assertEquals(1, count("SELECT COUNT(*) FROM notes WHERE body = 'a;b'"));
        assertEquals(2, count("SELECT COUNT(*) FROM bimtek_schema_history WHERE owner = 'org.example.notes'"));
    }

    @Test
    void secondRunAppliesNothingAndANewScriptAppliesOnlyItself() throws Exception {
        MigrationScript v1 = script("V1__create.sql", "CREATE TABLE t (id INT)");
        runner.migrate("b", List.of(v1));
        runner.migrate("b", List.of(v1));
        assertEquals(3, runner.migrate("b", List.of(v1, script("V3__more.sql", "INSERT INTO t VALUES (1)"))));
        assertEquals(1, count("SELECT COUNT(*) FROM t"));
    }

    @Test
    void bundlesKeepSeparateHistories() throws Exception {
        runner.migrate("a", List.of(script("V1__a.sql", "CREATE TABLE a_t (id INT)")));
        assertEquals(1, runner.migrate("b", List.of(script("V1__b.sql", "CREATE TABLE b_t (id INT)"))));
        assertEquals(2, count("SELECT COUNT(*) FROM bimtek_schema_history"));
    }

    @Test
    void failingStatementIsNamedAndItsScriptIsRolledBack() throws Exception {
        runner.migrate("ok", List.of(script("V1__ok.sql", "CREATE TABLE kept (id INT)")));
        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("broken", List.of(
                script("V1__first.sql", "CREATE TABLE first_t (id INT)"),
                script("V2__bad.sql", "CREATE TABLE second_t (id INT);\n\nINSERT INTO no_such_table VALUES (1);"))));

        assertTrue(e.getMessage().contains("V2__bad.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("statement 2 (line 3)"), e.getMessage());
        assertTrue(e.getMessage().contains("INSERT INTO no_such_table"), e.getMessage());
        assertFalse(tableExists("SECOND_T"), "the failed script's first statement is rolled back");
        assertTrue(tableExists("FIRST_T"), "the script before it stays applied");
        assertTrue(tableExists("KEPT"), "other bundles are untouched");
        assertEquals(1, count("SELECT COUNT(*) FROM bimtek_schema_history WHERE owner = 'broken'"));
    }

    @Test
    void editingAnAppliedScriptIsRefused() throws Exception {
        runner.migrate("b", List.of(script("V1__create.sql", "CREATE TABLE t (id INT)")));
        MigrationException e = assertThrows(MigrationException.class,
                () -> runner.migrate("b", List.of(script("V1__create.sql", "CREATE TABLE t (id BIGINT)"))));
        assertTrue(e.getMessage().contains("changed after it had been applied"), e.getMessage());
    }

    @Test
    void duplicateVersionsAreRefused() {
        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("b", List.of(
                script("V1__one.sql", "CREATE TABLE t (id INT)"), script("V1__two.sql", "CREATE TABLE u (id INT)"))));
        assertTrue(e.getMessage().contains("same version"), e.getMessage());
    }

    @Test
    void scriptNamesMustCarryAVersion() {
        assertEquals(null, MigrationScript.of("create.sql", ""));
        assertEquals(12, MigrationScript.of("V012__users-and-roles.sql", "").version());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
            return rs.next();
        }
    }
}
