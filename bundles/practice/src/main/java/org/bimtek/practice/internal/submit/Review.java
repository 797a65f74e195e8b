package org.bimtek.practice.internal.submit;

import java.time.Instant;
import java.util.Map;

/** An instructor's review of one version: a level per rubric criterion, the total, a comment and the decision. */
public record Review(long id, long submissionId, String reviewer, Map<String, Integer> scores, int points, int maxPoints,
        Submission.State decision, String comment, Instant createdAt) {

    public double percent() {
        return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
    }
}
