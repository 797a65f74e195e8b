package org.bimtek.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link Database} over the DataSource that pax-jdbc-config makes from
 * {@code etc/org.ops4j.datasource-bimtek.cfg}. The driver is chosen there, which is
 * what lets PostgreSQL replace Derby by configuration alone.
 */
@Component(service = Database.class)
public final class DerbyDatabase implements Database {

    private final DataSource dataSource;

    @Activate
    public DerbyDatabase(@Reference(target = "(dataSourceName=bimtek)") DataSource dataSource) {
        this.dataSource = dataSource;
        // The first connection boots Derby and, on a first start, creates the database:
        // about a second and a half. Done at once in the background, it overlaps with the
        // rest of the boot instead of delaying the first migration.
        Thread warmUp = new Thread(this::isAvailable, "bimtek-database-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("Database transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Database call failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isAvailable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public String productName() {
        return withConnection(c -> c.getMetaData().getDatabaseProductName());
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
