package org.bimtek.awards.internal.ranking;

/**
 * A COMPUTED criterion's score 0-10 for one nominee, with a note saying where it came from or why it is 0
 * (e.g. "data tidak tersedia" when the feature that keeps the data is not installed).
 */
public record ComputedScore(double value, String note) {

    public static final String UNAVAILABLE = "data tidak tersedia";

    public static ComputedScore unavailable() {
        return new ComputedScore(0, UNAVAILABLE);
    }
}
