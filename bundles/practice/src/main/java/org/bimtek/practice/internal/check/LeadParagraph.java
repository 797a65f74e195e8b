package org.bimtek.practice.internal.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the lead ("teras berita"): the first paragraph, or only its first two
 * sentences when it runs longer, since a news lead should answer the key
 * questions at once.
 */
final class LeadParagraph {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_SENTENCES = 2;

    private LeadParagraph() {
    }

    static String of(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return "";
        }
        // Line breaks inside a paragraph are just wrapping; fold them into spaces.
        String firstParagraph = WHITESPACE.matcher(BLANK_LINE.split(text, 2)[0]).replaceAll(" ").strip();
        List<String> sentences = Sentences.split(firstParagraph);
        if (sentences.size() <= MAX_SENTENCES) {
            return firstParagraph;
        }
        return String.join(" ", sentences.subList(0, MAX_SENTENCES));
    }
}
