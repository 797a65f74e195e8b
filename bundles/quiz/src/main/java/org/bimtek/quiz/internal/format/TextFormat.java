package org.bimtek.quiz.internal.format;

import java.util.Locale;

/** How a question text is to be rendered: GIFT's {@code [moodle]}, {@code [html]}, {@code [markdown]}, {@code [plain]}. */
public enum TextFormat {
    MOODLE,
    HTML,
    MARKDOWN,
    PLAIN;

    /** The format a GIFT marker names (without brackets, any case), or null when it names none. */
    static TextFormat ofMarker(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "moodle" -> MOODLE;
            case "html" -> HTML;
            case "markdown" -> MARKDOWN;
            case "plain" -> PLAIN;
            default -> null;
        };
    }
}
