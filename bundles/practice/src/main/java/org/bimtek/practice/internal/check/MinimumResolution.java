package org.bimtek.practice.internal.check;

/**
 * Compares a picture size with the trainer's minimum regardless of orientation:
 * social media is full of portrait photos and vertical videos, so a 1080x1920
 * video meets a "1280x720" minimum. The long side is held to the larger limit,
 * the short side to the smaller one. A limit of 0 means "no limit".
 */
final class MinimumResolution {

    private MinimumResolution() {
    }

    static boolean isMet(int width, int height, int minWidth, int minHeight) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        return longSide >= Math.max(minWidth, minHeight) && shortSide >= Math.min(minWidth, minHeight);
    }

    /** The finding text when the minimum is not met, e.g. "Resolusi 640x480; minimal 1280x720." */
    static String belowMinimumMessage(int width, int height, int minWidth, int minHeight) {
        String minimum;
        if (minWidth > 0 && minHeight > 0) {
            minimum = minWidth + "x" + minHeight;
        } else if (minWidth > 0) {
            minimum = "lebar " + minWidth + " piksel";
        } else {
            minimum = "tinggi " + minHeight + " piksel";
        }
        return "Resolusi " + width + "x" + height + "; minimal " + minimum + ".";
    }

    static String okMessage(int width, int height) {
        return "Resolusi " + width + "x" + height + ".";
    }
}
