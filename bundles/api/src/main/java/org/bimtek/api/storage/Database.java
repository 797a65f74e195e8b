package org.bimtek.api.storage;

import java.sql.Connection;
import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one shared database. Feature bundles run their SQL through it so that every
 * statement gets the same transaction handling and error translation.
 */
@ProviderType
public interface Database {

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(SqlWork<T> work);

    /** Runs {@code work} on a connection in auto-commit mode, for single statements and reads. */
    <T> T withConnection(SqlWork<T> work);

    /** True when a connection can be had and answers within a second or two. */
    boolean isAvailable();

    /** The product name reported by the JDBC driver, e.g. "Apache Derby". */
    String productName();

    /** The underlying DataSource, for code that needs plain JDBC (for example benchmarks). */
    DataSource dataSource();

    /** A unit of JDBC work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws java.sql.SQLException;
    }
}
