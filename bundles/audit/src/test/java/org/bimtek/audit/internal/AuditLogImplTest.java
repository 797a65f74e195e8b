package org.bimtek.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log on real (in-memory) Derby, with the bundle's own migration script. */
class AuditLogImplTest {

    private AuditLog audit;

    @BeforeEach
    void database() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        try (InputStream in = AuditLogImplTest.class.getResourceAsStream("/db/migration/V1__audit_entry.sql");
                Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        audit = new AuditLogImpl(new PlainDatabase(dataSource), null);
    }

    @Test
    void entriesComeBackNewestFirstAndFilteredByAction() {
        audit.record("peserta", "auth.login", "user:3", "from 127.0.0.1");
        audit.record("peserta", "auth.logout", "user:3", null);
        AuditEntry last = audit.record("admin", "auth.login", "user:1", "from 10.0.0.1");

        List<AuditEntry> logins = audit.recent("auth.login", 10);
        assertEquals(2, logins.size());
        assertEquals(last, logins.get(0));
        assertEquals(3, audit.recent(null, 10).size());
        assertEquals(1, audit.recent(null, 1).size());
    }

    @Test
    void longFieldsAreClippedAndABlankActorIsTheSystem() {
        AuditEntry entry = audit.record(" ", "x".repeat(150), null, "d".repeat(5000));
        assertEquals(AuditLog.SYSTEM, entry.actor());
        assertEquals(100, entry.action().length());
        assertEquals(4000, entry.detail().length());
        assertNull(entry.target());
        assertEquals(entry, audit.recent(null, 1).get(0));
    }

    /** The smallest Database over a DataSource, enough for this bundle's SQL. */
    private record PlainDatabase(DataSource dataSource) implements Database {
        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            return withConnection(work);
        }

        @Override
        public <T> T withConnection(SqlWork<T> work) {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new StorageException(e.getMessage(), e);
            }
        }

        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public String productName() {
            return "Apache Derby";
        }
    }
}
