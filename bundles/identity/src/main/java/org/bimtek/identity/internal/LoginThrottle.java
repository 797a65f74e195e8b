package org.bimtek.identity.internal;

import java.time.Duration;

/**
 * How long an account is slowed down after consecutive failed logins: nothing for the
 * first four, then 30 seconds, doubling with each further failure, never more than 15
 * minutes. Slow enough to stop password guessing (at most a few hundred tries a day),
 * short enough that the real user is never locked out for good.
 */
final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** The wait imposed after {@code consecutiveFailures} failures in a row. */
    static Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** "30 detik", "2 menit": the wait in words for the error message. */
    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60) {
            return seconds + " detik";
        }
        return ((seconds + 59) / 60) + " menit";
    }
}
