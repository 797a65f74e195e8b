package org.bimtek.practice.internal.check;

/**
 * Minimum photo size set by the trainer, in pixels as displayed. 0 means "no limit".
 * Portrait photos are held to the same minimum turned on its side.
 */
public record PhotoLimits(int minWidth, int minHeight) {

    public static final PhotoLimits NONE = new PhotoLimits(0, 0);

    public PhotoLimits {
        if (minWidth < 0 || minHeight < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = no limit)");
        }
    }
}
