package org.bimtek.events.internal.enrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.registry.UnitKind;
import org.junit.jupiter.api.Test;

/** The seat rules alone: capacity, quotas per unit, and who moves up from the waitlist. */
class SeatRulesTest {

    private static final QuotaKey ULU = new QuotaKey(UnitKind.KECAMATAN, 21);
    private static final QuotaKey PALARAN = new QuotaKey(UnitKind.KECAMATAN, 41);

    private static Set<QuotaKey> kelurahan(long id, QuotaKey kecamatan) {
        return Set.of(new QuotaKey(UnitKind.KELURAHAN, id), kecamatan, new QuotaKey(UnitKind.CITY, 1));
    }

    @Test
    void capacityIsTheLimitForEveryone() {
        SeatRules rules = new SeatRules(2, Map.of());
        assertTrue(rules.fits(List.of(), Set.of()));
        assertTrue(rules.fits(List.of(Set.of()), Set.of()));
        assertTrue(rules.refusal(List.of(Set.of(), Set.of()), Set.of()).orElseThrow().full());
    }

    @Test
    void aQuotaLimitsSeatsForAnyOneUnitOfItsKind() {
        SeatRules rules = new SeatRules(30, Map.of(UnitKind.KELURAHAN, 2));
        List<Set<QuotaKey>> seated = List.of(kelurahan(22, ULU), kelurahan(22, ULU));
        SeatRules.Refusal refusal = rules.refusal(seated, kelurahan(22, ULU)).orElseThrow();
        assertFalse(refusal.full());
        assertEquals(UnitKind.KELURAHAN, refusal.kind());
        assertEquals(22, refusal.unitId());
        assertEquals(2, refusal.quota());
        assertTrue(rules.fits(seated, kelurahan(23, ULU)), "another kelurahan of the same kecamatan has its own 2 seats");
        assertTrue(rules.fits(seated, Set.of()), "someone outside the registry counts against no unit");
    }

    @Test
    void aKecamatanQuotaCountsItsKelurahanToo() {
        SeatRules rules = new SeatRules(30, Map.of(UnitKind.KECAMATAN, 3));
        List<Set<QuotaKey>> seated = List.of(kelurahan(22, ULU), kelurahan(23, ULU), Set.of(ULU, new QuotaKey(UnitKind.CITY, 1)));
        assertFalse(rules.fits(seated, kelurahan(24, ULU)));
        assertTrue(rules.fits(seated, kelurahan(43, PALARAN)));
    }

    @Test
    void theWaitlistMovesUpInOrder() {
        SeatRules rules = new SeatRules(3, Map.of());
        List<String> promoted = rules.promotions(List.of(Set.of()), List.of("first", "second", "third"), w -> Set.of());
        assertEquals(List.of("first", "second"), promoted, "two free seats: the first two in order");
        assertEquals(List.of(), rules.promotions(List.of(Set.of(), Set.of(), Set.of()), List.of("first"), w -> Set.of()));
    }

    @Test
    void promotionPassesOverSomeoneWhoseUnitIsAtItsQuota() {
        SeatRules rules = new SeatRules(3, Map.of(UnitKind.KELURAHAN, 1));
        Map<String, Set<QuotaKey>> keys = Map.of("airPutihToo", kelurahan(22, ULU), "sidodadi", kelurahan(23, ULU),
                "rawaMakmur", kelurahan(43, PALARAN));
        // Air Putih holds its one seat; one seat is free.
        List<Set<QuotaKey>> seated = List.of(kelurahan(22, ULU), kelurahan(41, PALARAN));
        assertEquals(List.of("sidodadi"), rules.promotions(seated, List.of("airPutihToo", "sidodadi", "rawaMakmur"), keys::get),
                "the first in line from Air Putih is passed over; the next one who fits moves up, and only one: one seat");
    }
}
