package org.bimtek.certification.internal.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bimtek.api.course.Tier;
import org.junit.jupiter.api.Test;

class LadderTest {

    @Test
    void readsRequirementsAndPutsTheTierBelowFirst() {
        Ladder ladder = Ladder.from(Map.of(
                "ladder.DASAR.requirements", "course-completed course=a ; quiz-passed quiz=kuis-a minScore=70",
                "ladder.MENENGAH.requirements", "course-completed course=b",
                "ladder.MENENGAH.validityYears", "2",
                "ladder.MAHIR.approval", "true"));
        TierSpec dasar = ladder.tier(Tier.DASAR);
        assertEquals(2, dasar.requirements().size());
        assertEquals("quiz-passed", dasar.requirements().get(1).type());
        assertEquals(Map.of("quiz", "kuis-a", "minScore", "70"), dasar.requirements().get(1).parameters());
        assertEquals(3, dasar.validityYears(), "three years unless configured");
        TierSpec menengah = ladder.tier(Tier.MENENGAH);
        assertEquals(new RequirementSpec("tier-held", Map.of("tier", "DASAR")), menengah.requirements().get(0));
        assertEquals(2, menengah.validityYears());
        assertTrue(ladder.tier(Tier.MAHIR).approval());
        assertEquals("MNG", menengah.code());
    }

    @Test
    void aTierWithoutOwnRequirementsIsNotConfiguredAndNeverIssues() {
        Ladder ladder = Ladder.from(Map.of());
        assertFalse(ladder.tier(Tier.DASAR).configured());
        assertFalse(ladder.tier(Tier.MENENGAH).configured(), "the tier below alone is not a requirement set");
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> Ladder.from(Map.of("ladder.DASAR.requirements", "quiz-passed quiz")));
        assertThrows(IllegalArgumentException.class, () -> Ladder.from(Map.of("ladder.DASAR.requirements", "quiz=kuis-a")));
        assertThrows(IllegalArgumentException.class, () -> Ladder.from(Map.of("ladder.DASAR.validityYears", "tiga")));
        assertThrows(IllegalArgumentException.class, () -> Ladder.from(Map.of("ladder.DASAR.validityYears", "0")));
    }
}
