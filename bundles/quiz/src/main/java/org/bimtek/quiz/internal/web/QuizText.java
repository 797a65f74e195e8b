package org.bimtek.quiz.internal.web;

import java.util.regex.Pattern;
import org.bimtek.api.web.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A question or option text as HTML, safely: Markdown through commonmark with raw HTML escaped; GIFT's
 * html and moodle formats escaped, with only a few plain formatting tags (no attributes) let back in, so that
 * a question bank can never put script into a trainee's page.
 */
final class QuizText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern SIMPLE_TAG = Pattern.compile("&lt;(/?)(b|i|em|strong|u|sub|sup|code|br|p)\\s*/?&gt;",
            Pattern.CASE_INSENSITIVE);

    private QuizText() {
    }

    static String html(String text, String format) {
        if (text == null) {
            return "";
        }
        return switch (format == null ? "moodle" : format) {
            case "markdown" -> RENDERER.render(MARKDOWN.parse(text)).strip();
            case "plain" -> Html.escape(text).replace("\n", "<br>");
            default -> SIMPLE_TAG.matcher(Html.escape(text)).replaceAll("<$1$2>").replace("\n", "<br>");
        };
    }
}
