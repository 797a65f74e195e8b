package org.bimtek.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void firstFourFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, LoginThrottle.delayAfter(failures));
        }
    }

    @Test
    void fromTheFifthFailureTheWaitDoublesUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(30), LoginThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(60), LoginThrottle.delayAfter(6));
        assertEquals(Duration.ofSeconds(120), LoginThrottle.delayAfter(7));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(12));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(1_000_000), "never longer, never overflowing");
    }

    @Test
    void waitIsToldInIndonesian() {
        assertEquals("30 detik", LoginThrottle.inWords(Duration.ofSeconds(30)));
        assertEquals("1 detik", LoginThrottle.inWords(Duration.ofMillis(200)));
        assertEquals("2 menit", LoginThrottle.inWords(Duration.ofSeconds(61)));
        assertEquals("15 menit", LoginThrottle.inWords(Duration.ofMinutes(15)));
    }
}
