package org.bimtek.events.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.EventRules;
import org.junit.jupiter.api.Test;

class EventsDemoTest {

    @Test
    void theDemoEventIsAWeekAheadNineToThreeWitaOpenUntilTheDayBefore() {
        Instant now = Instant.parse("2026-03-01T14:30:00Z"); // 22.30 WITA
        Event e = EventRules.validate(EventsDemo.demoEvent(now), "system", now);
        assertEquals(Instant.parse("2026-03-08T01:00:00Z"), e.startsAt(), "8 March 09.00 WITA");
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), e.endsAt());
        assertEquals(Instant.parse("2026-03-07T16:00:00Z"), e.enrolmentClosesAt(), "through 7 March, WITA");
        assertTrue(e.enrolmentOpenAt(now));
        assertEquals(30, e.capacity());
        assertEquals(Map.of(UnitKind.KELURAHAN, 2), e.quotas());
        assertEquals(List.of("penulisan-berita-dasar"), e.courseIds());
        assertEquals("Aula Diskominfo Kota Samarinda", e.place());
    }
}
