package org.bimtek.itests;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition by polling it: no fixed sleeps in the tests. */
public final class Poll {

    private Poll() {
    }

    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(50);
        }
        AssertionError error = new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
        if (last != null) {
            error.initCause(last);
        }
        throw error;
    }
}
