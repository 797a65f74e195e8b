package org.bimtek.awards.internal.jury;

/**
 * A juror's score as sent: {@code {"nomineeId", "criterionId", "score", "note"}}. The score is read as a number and
 * then checked to be whole, so that 7.5 is refused rather than silently cut to 7.
 */
public record ScoreInput(Long nomineeId, String criterionId, Double score, String note) {
}
