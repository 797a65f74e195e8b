package org.bimtek.quiz.internal.format;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question (the lines between blank lines, comments and category lines removed): the
 * {@code ::name::}, the format marker, the text around the answer block, the general feedback, and hands the
 * inside of the block to {@link GiftAnswers}.
 */
final class GiftQuestionReader {

    /** A text with its format marker taken off. */
    record Marked(TextFormat format, String text) {
    }

    private static final Pattern MARKER = Pattern.compile("\\[([A-Za-z]+)]");

    /**
     * The types that may stand in the middle of the text. A blank can be filled with a word or a number;
     * true/false, matching pairs or an essay cannot fill a blank, so text after their block is a mistake.
     */
    private static final Set<QuestionType> MISSING_WORD_TYPES = EnumSet.of(
            QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE, QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL);

    private GiftQuestionReader() {
    }

    static ParsedQuestion read(List<GiftText.Line> lines, String category, String file) throws FormatException {
        GiftText t = GiftText.of(lines);
        int firstLine = lines.get(0).number();
        int n = t.length();
        int pos = t.skipSpace(0, n);

        String name = null;
        if (t.startsWith("::", pos)) {
            int end = t.indexOf("::", pos + 2, n);
            if (end < 0) {
                throw new FormatException(t.line(pos),
                        "the question name is opened with :: but not closed; write \\: for a colon");
            }
            String written = t.text(pos + 2, end);
            name = written.isEmpty() ? null : written;
            pos = t.skipSpace(end + 2, n);
        }

        int open = t.indexOf('{', pos, n);
        int close = t.indexOf('}', pos, n);
        if (open < 0 && close < 0) {
            Marked text = marked(t.text(pos, n), TextFormat.MOODLE, t.line(pos));
            requireText(text.text(), firstLine);
            return new ParsedQuestion(name, text.text(), text.format(), category, QuestionType.DESCRIPTION, List.of(),
                    List.of(), List.of(), null, null, null, null, null, file, firstLine);
        }
        if (close >= 0 && (open < 0 || close < open)) {
            throw new FormatException(t.line(close), "} without an opening {; write \\} for a literal brace");
        }
        if (close < 0) {
            throw new FormatException(t.line(open), "unclosed {: the answer block has no closing }");
        }
        int inner = t.indexOf('{', open + 1, close);
        if (inner >= 0) {
            throw new FormatException(t.line(inner), "{ inside an answer block; write \\{ for a literal brace");
        }
        int stray = firstOf(t.indexOf('{', close + 1, n), t.indexOf('}', close + 1, n));
        if (stray >= 0) {
            throw new FormatException(t.line(stray),
                    "a second answer block or a stray brace: a question has one answer block; "
                            + "write \\{ and \\} for literal braces");
        }

        Marked text = marked(t.text(pos, open), TextFormat.MOODLE, t.line(pos));
        String after = t.text(close + 1, n);
        int blockEnd = close;
        String general = null;
        int separator = t.lastIndexOf("####", open + 1, close);
        if (separator >= 0) {
            String written = marked(t.text(separator + 4, close), text.format(), t.line(separator)).text();
            general = written.isEmpty() ? null : written;
            blockEnd = separator;
        }

        GiftAnswers.Answers answers = new GiftAnswers(t, t.line(open)).read(open + 1, blockEnd);
        if (!after.isEmpty() && !MISSING_WORD_TYPES.contains(answers.type())) {
            throw new FormatException(t.line(t.skipSpace(close + 1, n)), "text after the closing }: "
                    + describe(answers.type()) + " cannot stand in the middle of the text; move the text before the {");
        }
        if (after.isEmpty()) {
            requireText(text.text(), firstLine);
        }
        return new ParsedQuestion(name, text.text(), text.format(), category, answers.type(), answers.choices(),
                answers.numeric(), answers.pairs(), answers.trueFalse(), answers.trueFeedback(), answers.falseFeedback(),
                general, after.isEmpty() ? null : after, file, firstLine);
    }

    /**
     * Takes a leading {@code [html]}, {@code [markdown]}, {@code [plain]} or {@code [moodle]} off a text. A
     * leading bracketed word that is none of them is refused rather than kept as text, because it is far more
     * often a misspelt marker than a text that starts so; such a text can be written after an explicit marker.
     */
    static Marked marked(String text, TextFormat fallback, int line) throws FormatException {
        Matcher m = MARKER.matcher(text);
        if (!m.lookingAt()) {
            return new Marked(fallback, text);
        }
        TextFormat format = TextFormat.ofMarker(m.group(1));
        if (format == null) {
            throw new FormatException(line, "unknown format marker " + m.group()
                    + ": use [moodle], [html], [markdown] or [plain] (to start a text with brackets, put [moodle] before them)");
        }
        return new Marked(format, text.substring(m.end()).strip());
    }

    private static void requireText(String text, int line) throws FormatException {
        if (text.isEmpty()) {
            throw new FormatException(line, "the question has no text");
        }
    }

    private static int firstOf(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static String describe(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> "a true/false answer";
            case MATCHING -> "a matching block";
            case ESSAY -> "an essay block";
            default -> "this answer block";
        };
    }
}
