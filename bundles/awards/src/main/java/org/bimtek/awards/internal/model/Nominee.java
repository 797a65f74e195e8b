package org.bimtek.awards.internal.model;

import java.time.Instant;

/**
 * A person nominated in a programme, with their name and unit as they were at nomination.
 *
 * @param userId the person's login account at nomination, if linked; quiz, practice and attendance are kept by account
 */
public record Nominee(long id, long programmeId, long personId, String name, Long userId, long unitId, String unitName, String nominatedBy,
        Instant nominatedAt) {
}
