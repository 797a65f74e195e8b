package org.bimtek.quiz.internal.engine;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;

/** A fresh in-memory Derby database with this bundle's own migration applied: real SQL, nothing mocked. */
record TestDatabase(DataSource dataSource) implements Database {

    static TestDatabase create() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/V1__quiz.sql");
                Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        return new TestDatabase(dataSource);
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
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
