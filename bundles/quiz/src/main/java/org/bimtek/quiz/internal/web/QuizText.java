package org.bimtek.quiz.internal.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Rendered texts, by format and text: every attempt shows the same few hundred questions again. */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    static String html(String text, String format) {
        if (text == null) {
            return "";
        }
        String key = format + '\u0000' + text;
        String cached = RENDERED.get(key);
        if (cached != null) {
            return cached;
        }
        if (RENDERED.size() >= CACHE_LIMIT) {
            RENDERED.clear();
        }
        String html = render(text, format);
        RENDERED.put(key, html);
        return html;
    }

    private static String render(String text, String format) {
        return switch (format == null ? "moodle" : format) {
            case "markdown" -> RENDERER.render(MARKDOWN.parse(text)).strip();
            case "plain" -> Html.escape(text).replace("\n", "<br>");
            default -> SIMPLE_TAG.matcher(Html.escape(text)).replaceAll("<$1$2>").replace("\n", "<br>");
        };
    }
}
