package org.bimtek.practice.internal.check;

import java.time.Instant;
import java.util.List;

/**
 * What the page shows about a photo before it is submitted.
 *
 * @param width       width as displayed (after EXIF rotation), 0 when unreadable
 * @param height      height as displayed, 0 when unreadable
 * @param orientation {@link #LANDSCAPE}, {@link #PORTRAIT}, {@link #SQUARE}, or null when unreadable
 * @param takenAt     EXIF date taken, or null
 * @param findings    ids {@code resolution}, {@code orientation}, {@code exif-date}, or only {@code unreadable}
 */
public record PhotoReport(int width, int height, String orientation, Instant takenAt, List<Finding> findings) {

    public static final String LANDSCAPE = "LANSKAP";
    public static final String PORTRAIT = "POTRET";
    public static final String SQUARE = "PERSEGI";

    public PhotoReport {
        findings = List.copyOf(findings);
    }
}
