package org.bimtek.awards.internal.model;

import java.time.Instant;

/** A login account on a programme's jury. */
public record Juror(long programmeId, long userId, String displayName, String addedBy, Instant addedAt) {
}
