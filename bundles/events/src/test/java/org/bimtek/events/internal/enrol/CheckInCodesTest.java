package org.bimtek.events.internal.enrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

    @Test
    void codesAreTenUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CheckInCodes.next();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{10}"), code);
            seen.add(code);
        }
        assertEquals(2000, seen.size());
    }

    @Test
    void aTypedCodeIsReadLeniently() {
        assertEquals(Optional.of("K7P3X9MQ2A"), CheckInCodes.normalize(" k7p3x-9mq2a "));
        assertEquals(Optional.of("K7P3X9MQ2A"), CheckInCodes.normalize("K7P3X 9MQ2A"));
        assertEquals(Optional.empty(), CheckInCodes.normalize("K7P3X9MQ2"), "too short");
        assertEquals(Optional.empty(), CheckInCodes.normalize("K7P3X9MQ2AB"), "too long");
        assertEquals(Optional.empty(), CheckInCodes.normalize("K7P3X9MQ0A"), "no code has a 0");
        assertEquals(Optional.empty(), CheckInCodes.normalize("<script>"));
        assertEquals(Optional.empty(), CheckInCodes.normalize(null));
    }
}
