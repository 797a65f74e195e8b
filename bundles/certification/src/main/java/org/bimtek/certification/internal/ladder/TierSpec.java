package org.bimtek.certification.internal.ladder;

import java.util.List;
import org.bimtek.api.course.Tier;

/**
 * A rung of the ladder: its requirements (the tier below first, for every tier but the lowest), how long its
 * certificates are valid, and whether issuing waits for an administrator's approval.
 */
public record TierSpec(Tier tier, String title, int validityYears, boolean approval, List<RequirementSpec> requirements) {

    public TierSpec {
        requirements = List.copyOf(requirements);
    }

    /** The short code in certificate numbers: BMT-2026-DSR-000001. */
    public String code() {
        return switch (tier) {
            case DASAR -> "DSR";
            case MENENGAH -> "MNG";
            case MAHIR -> "MHR";
        };
    }

    /** A tier without requirements is not set up, and never issues: an empty ladder must not certify everyone. */
    public boolean configured() {
        return requirements.stream().anyMatch(r -> !r.type().equals(Ladder.TIER_HELD));
    }
}
