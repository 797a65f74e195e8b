package org.bimtek.api.identity;

import java.time.Duration;

/**
 * A refused login, with a message for the person trying. {@code retryAfter} is zero
 * unless the account is being slowed down after repeated failures or the server is busy.
 */
public class LoginException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the login was refused. */
    public enum Reason {
        /** Unknown user, inactive account or wrong password: deliberately not told apart. */
        WRONG_CREDENTIALS,
        /** Too many failures in a row: the password was not even checked. */
        THROTTLED,
        /** The server is checking as many passwords as it can at once; try again after {@code retryAfter}. */
        BUSY
    }

    private final Reason reason;
    private final Duration retryAfter;

    public LoginException(String message, Reason reason, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
