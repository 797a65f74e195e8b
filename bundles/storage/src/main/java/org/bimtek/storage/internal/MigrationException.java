package org.bimtek.storage.internal;

/** A migration that could not be applied; the message names the bundle, script, line and statement. */
final class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
