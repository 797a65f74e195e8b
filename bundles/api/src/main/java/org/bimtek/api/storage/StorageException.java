package org.bimtek.api.storage;

/** A database failure, unchecked so that it can travel through lambdas; the cause is the SQLException. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** SQLState class 23 is an integrity constraint violation (a duplicate key, for instance). */
    /**
     * True when the database gave up on this statement for now (a lock wait timed out, a deadlock, contention),
     * and the same request is likely to succeed in a moment: SQLState class 40, transaction rollback.
     */
    public boolean isTransient() {
        return getCause() instanceof java.sql.SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith("40");
    }

    public boolean isConstraintViolation() {
        return getCause() instanceof java.sql.SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
