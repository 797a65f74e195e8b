package org.bimtek.practice.internal.check;

/**
 * Limits for a practice video set by the trainer. 0 means "no limit".
 * Vertical videos are held to the same minimum size turned on its side.
 */
public record VideoLimits(int minSeconds, int maxSeconds, int minWidth, int minHeight) {

    public static final VideoLimits NONE = new VideoLimits(0, 0, 0, 0);

    public VideoLimits {
        if (minSeconds < 0 || maxSeconds < 0 || minWidth < 0 || minHeight < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = no limit)");
        }
        if (maxSeconds > 0 && minSeconds > maxSeconds) {
            throw new IllegalArgumentException("minSeconds > maxSeconds");
        }
    }
}
