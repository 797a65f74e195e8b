package org.bimtek.quiz.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Moodle's GIFT question format (docs.moodle.org, "GIFT format"). Questions are separated by blank
 * lines; a line starting with {@code //} is a comment wherever it stands; a {@code $CATEGORY:} line at the start
 * of a question sets the category of the questions after it. A broken question is reported with its file and
 * line and skipped; the others are still returned.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";

    private GiftParser() {
    }

    public static ParseResult parse(String text, String fileName) {
        List<String> lines = SourceLines.of(text);
        List<ParsedQuestion> questions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<GiftText.Line> question = new ArrayList<>();
        String category = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).stripTrailing() : "";
            if (line.isBlank()) {
                if (!question.isEmpty()) {
                    read(question, category, fileName, questions, problems);
                    question = new ArrayList<>();
                }
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                // A comment does not end the question it stands in (Moodle drops the line, not the question).
                continue;
            }
            if (question.isEmpty() && trimmed.startsWith(CATEGORY)) {
                // Moodle wants the category alone between blank lines; a question right under it is accepted too.
                String path = trimmed.substring(CATEGORY.length()).strip();
                if (path.isEmpty()) {
                    problems.add(new Problem(fileName, i + 1, "$CATEGORY: names no category"));
                } else {
                    category = path;
                }
                continue;
            }
            question.add(new GiftText.Line(i + 1, line));
        }
        return new ParseResult(questions, problems);
    }

    private static void read(List<GiftText.Line> lines, String category, String fileName, List<ParsedQuestion> questions,
            List<Problem> problems) {
        try {
            questions.add(GiftQuestionReader.read(lines, category, fileName));
        } catch (FormatException e) {
            problems.add(new Problem(fileName, e.line(), e.getMessage()));
        }
    }
}
