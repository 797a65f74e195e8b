package org.bimtek.api.awards;

import java.time.Instant;

/**
 * A published award: the programme (e.g. "Pengelola Medsos Terbaik 2026"), the winner's rank, when it was published, and
 * the public page where it is verified.
 */
public record AwardSummary(long programmeId, String programmeTitle, String period, int rank, Instant publishedAt, String verifyPath) {
}
