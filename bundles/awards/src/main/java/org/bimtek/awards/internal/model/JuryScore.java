package org.bimtek.awards.internal.model;

import java.time.Instant;

/** One juror's score 1-10 of one JURY criterion of one nominee, with an optional note on the evidence. */
public record JuryScore(long programmeId, long nomineeId, String criterionId, long jurorUserId, int score, String note, Instant scoredAt) {
}
