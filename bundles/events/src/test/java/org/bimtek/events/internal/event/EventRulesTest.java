package org.bimtek.events.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.registry.UnitKind;
import org.junit.jupiter.api.Test;

/** What makes a new event acceptable, and the times read as WITA. */
class EventRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static EventInput input(String starts, String ends, Integer capacity, Map<String, Integer> quotas) {
        return new EventInput("Bimtek Penulisan Berita", null, List.of("penulisan-berita-dasar", " penulisan-berita-dasar "), starts, ends,
                "Aula Diskominfo", null, capacity, quotas, null, null, null);
    }

    @Test
    void aValidEventWithWitaTimesAndDefaults() {
        Event e = EventRules.validate(input("2026-03-08T09:00", "2026-03-08T15:00+08:00", 30, Map.of("kelurahan", 2)), "admin", NOW);
        assertEquals(Instant.parse("2026-03-08T01:00:00Z"), e.startsAt(), "no offset: WITA");
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), e.endsAt());
        assertEquals(List.of("penulisan-berita-dasar"), e.courseIds());
        assertEquals(Map.of(UnitKind.KELURAHAN, 2), e.quotas());
        assertEquals(NOW, e.enrolmentOpensAt(), "opens now");
        assertEquals(e.startsAt(), e.enrolmentClosesAt(), "closes when the event starts");
        assertFalse(e.needsApproval());
        assertTrue(e.enrolmentOpenAt(NOW));
        assertEquals("Minggu, 8 Maret 2026, 09.00\u201315.00 WITA", Wita.span(e.startsAt(), e.endsAt()));
    }

    @Test
    void deadlinesReadTheWayPeopleSayThem() {
        assertEquals("sampai dengan 7 Maret 2026", Wita.until(Instant.parse("2026-03-07T16:00:00Z")), "midnight WITA: the whole day before");
        assertEquals("sampai 8 Maret 2026 pukul 09.00 WITA", Wita.until(Instant.parse("2026-03-08T01:00:00Z")));
    }

    @Test
    void everyProblemIsReportedByField() {
        ApiException e = assertThrows(ApiException.class, () -> EventRules.validate(new EventInput(" ", null, List.of("Bukan Id"), "besok",
                "2026-03-08T15:00", null, "javascript:alert(1)", 0, Map.of("DESA", 1), null, null, null), "admin", NOW));
        assertEquals(400, e.status());
        assertEquals("invalid_event", e.code());
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) e.details();
        assertEquals(List.of("title", "courseIds", "startsAt", "onlineUrl", "capacity", "quotas"), List.copyOf(fields.keySet()));
        assertEquals("Judul acara wajib diisi (paling sedikit 3 karakter).", e.getMessage());
    }

    @Test
    void timesMustMakeSense() {
        assertEquals("endsAt", field(input("2026-03-08T15:00", "2026-03-08T09:00", 30, Map.of())));
        assertEquals("endsAt", field(input("2026-02-08T09:00", "2026-02-08T15:00", 30, Map.of())), "already over");
        assertEquals("endsAt", field(input("2026-03-08T09:00", "2026-04-08T15:00", 30, Map.of())), "a month long");
        assertEquals("quotas", field(input("2026-03-08T09:00", "2026-03-08T15:00", 3, Map.of("KELURAHAN", 5))));
        assertEquals("place", field(new EventInput("Bimtek", null, null, "2026-03-08T09:00", "2026-03-08T15:00", null, null, 3, null, null,
                null, null)));
        assertEquals("enrolmentClosesAt", field(new EventInput("Bimtek", null, null, "2026-03-08T09:00", "2026-03-08T15:00", "Aula", null, 3,
                null, "2026-03-05T00:00", "2026-03-04T00:00", null)));
    }

    private static String field(EventInput in) {
        ApiException e = assertThrows(ApiException.class, () -> EventRules.validate(in, "admin", NOW));
        return ((Map<?, ?>) e.details()).keySet().iterator().next().toString();
    }
}
