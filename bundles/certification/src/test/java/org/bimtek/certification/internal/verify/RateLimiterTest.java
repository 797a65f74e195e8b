package org.bimtek.certification.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheRatePerClientAndRefillsOverTime() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(() -> 3, nanos::get);
        assertTrue(limiter.allow("a"));
        assertTrue(limiter.allow("a"));
        assertTrue(limiter.allow("a"));
        assertFalse(limiter.allow("a"), "a fourth request in the same minute");
        assertTrue(limiter.allow("b"), "another client has its own bucket");
        nanos.addAndGet(20_000_000_000L);
        assertTrue(limiter.allow("a"), "one token back after a third of a minute");
        assertFalse(limiter.allow("a"));
    }

    @Test
    void masksTheNipOnPublicPages() {
        assertEquals("1992••••••••••2004", Verdict.masked("199203152015032004"));
        assertEquals(null, Verdict.masked(null));
    }
}
