package org.bimtek.certification.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measures, shrinks, wraps and truncates single-font text so that nothing on the
 * certificate runs past its column, whatever length a name or unit has.
 * All input must already be {@link WinAnsiText#sanitize sanitized}.
 */
final class TextFit {

    private TextFit() {
    }

    /** Text set in one size, one or more lines. */
    record Fitted(float size, List<String> lines) {
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            // Standard 14 metrics are in memory; this would mean a broken PDFBox install.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shrinks from {@code maxSize} towards {@code minSize} until the text fits on one
     * line; if even the minimum is too wide, wraps at the minimum into at most
     * {@code maxLines} lines. Shrinking first keeps ordinary long names on one line,
     * which reads better than a wrapped name at full size.
     */
    static Fitted shrinkThenWrap(PDFont font, String text, float maxSize, float minSize,
                                 float maxWidth, int maxLines) {
        float natural = width(font, maxSize, text);
        if (natural <= maxWidth) {
            return new Fitted(maxSize, List.of(text));
        }
        // Width scales linearly with size, so the fitting size is computed, not searched.
        float fitting = (float) Math.floor(maxSize * maxWidth / natural * 10f) / 10f;
        if (fitting >= minSize) {
            return new Fitted(fitting, List.of(text));
        }
        return new Fitted(minSize, wrap(font, minSize, text, maxWidth, maxLines));
    }

    /**
     * Greedy word wrap; a word wider than the line is broken between characters, and
     * whatever does not fit in {@code maxLines} is cut with an ellipsis on the last line.
     */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth) {
                int cut = longestPrefixFitting(font, size, rest, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String overflow = String.join(" ", lines.subList(maxLines - 1, lines.size()));
        // The last kept line always gets the ellipsis, even if its own words would fit,
        // so the reader knows text was left out.
        kept.set(maxLines - 1, cutWithEllipsis(font, size, overflow, maxWidth));
        return kept;
    }

    /** The text itself if it fits, else the longest prefix that fits with an ellipsis appended. */
    static String truncate(PDFont font, float size, String text, float maxWidth) {
        if (width(font, size, text) <= maxWidth) {
            return text;
        }
        return cutWithEllipsis(font, size, text, maxWidth);
    }

    private static String cutWithEllipsis(PDFont font, float size, String text, float maxWidth) {
        float room = maxWidth - width(font, size, WinAnsiText.ELLIPSIS);
        int cut = longestPrefixFitting(font, size, text, Math.max(room, 0f));
        return text.substring(0, cut).stripTrailing() + WinAnsiText.ELLIPSIS;
    }

    /**
     * Length of the longest prefix within {@code maxWidth}, but at least one character so
     * wrapping always advances. Sanitized text is all BMP, so no surrogate pair is split.
     */
    private static int longestPrefixFitting(PDFont font, float size, String text, float maxWidth) {
        int low = Math.min(1, text.length());
        int high = text.length();
        // Binary search on prefix length: widths only grow with length.
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (width(font, size, text.substring(0, mid)) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
