package org.bimtek.practice.internal.check;

import java.util.List;

/**
 * What the page shows about a video before it is submitted.
 *
 * @param seconds  duration from the container header, 0 when unknown
 * @param width    width as displayed (after track rotation), 0 when unknown
 * @param height   height as displayed, 0 when unknown
 * @param findings ids {@code duration} and {@code resolution}, or only {@code unreadable}
 */
public record VideoReport(double seconds, int width, int height, List<Finding> findings) {

    public VideoReport {
        findings = List.copyOf(findings);
    }
}
