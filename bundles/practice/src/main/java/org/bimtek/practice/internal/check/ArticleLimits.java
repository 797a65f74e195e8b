package org.bimtek.practice.internal.check;

/**
 * Limits for a news article, set per assignment by the trainer. 0 means "no limit".
 *
 * @param minWords         fewest words expected in the body
 * @param maxWords         most words expected in the body
 * @param maxHeadlineChars longest headline, in characters
 */
public record ArticleLimits(int minWords, int maxWords, int maxHeadlineChars) {

    public static final ArticleLimits NONE = new ArticleLimits(0, 0, 0);

    public ArticleLimits {
        if (minWords < 0 || maxWords < 0 || maxHeadlineChars < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = no limit)");
        }
        if (maxWords > 0 && minWords > maxWords) {
            throw new IllegalArgumentException("minWords > maxWords");
        }
    }
}
