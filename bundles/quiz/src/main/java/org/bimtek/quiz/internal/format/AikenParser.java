package org.bimtek.quiz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the Aiken format: the question text (one or more lines), the options {@code A. text} or
 * {@code A) text}, then {@code ANSWER: B}. Every question is single choice. Blank lines between questions are
 * optional. A broken question is reported with its file and line and skipped; the others are still returned.
 */
public final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)](?:\\s+(.*))?");
    /** Aiken writes ANSWER in capitals; "Answer:" is accepted too, since it can only mean the same. */
    private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER\\s*:(.*)");

    private record Option(char letter, String text, int line) {
    }

    /** The question being read; error is set when it is already known to be broken. */
    private static final class Pending {
        final int line;
        final List<String> text = new ArrayList<>();
        final List<Option> options = new ArrayList<>();
        FormatException error;

        Pending(int line) {
            this.line = line;
        }
    }

    private AikenParser() {
    }

    public static ParseResult parse(String text, String fileName) {
        List<String> lines = SourceLines.of(text);
        List<ParsedQuestion> questions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Pending current = null;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (current == null) {
                    problems.add(new Problem(fileName, number, "ANSWER line without a question before it"));
                    continue;
                }
                finish(current, answer.group(1).strip(), number, fileName, questions, problems);
                current = null;
            } else if (option.matches()) {
                if (current == null) {
                    current = new Pending(number);
                    current.error = new FormatException(number, "option " + option.group(1) + " comes before any question text");
                }
                String optionText = option.group(2) == null ? "" : option.group(2).strip();
                current.options.add(new Option(option.group(1).charAt(0), optionText, number));
            } else {
                if (current != null && !current.options.isEmpty()) {
                    // Text after the options starts the next question: this one ended without its ANSWER line.
                    problems.add(missingAnswer(current, fileName));
                    current = null;
                }
                if (current == null) {
                    current = new Pending(number);
                }
                current.text.add(line);
            }
        }
        if (current != null) {
            problems.add(missingAnswer(current, fileName));
        }
        return new ParseResult(questions, problems);
    }

    private static Problem missingAnswer(Pending q, String fileName) {
        if (q.error != null) {
            return new Problem(fileName, q.error.line(), q.error.getMessage());
        }
        return new Problem(fileName, q.line,
                "the question has no ANSWER line (write ANSWER: and the letter of the right option)");
    }

    private static void finish(Pending q, String letter, int answerLine, String fileName, List<ParsedQuestion> questions,
            List<Problem> problems) {
        try {
            questions.add(question(q, letter, answerLine, fileName));
        } catch (FormatException e) {
            problems.add(new Problem(fileName, e.line(), e.getMessage()));
        }
    }

    private static ParsedQuestion question(Pending q, String letter, int answerLine, String fileName) throws FormatException {
        if (q.error != null) {
            throw q.error;
        }
        if (q.options.size() < 2) {
            throw new FormatException(q.line, "an Aiken question needs at least 2 options, found " + q.options.size());
        }
        StringBuilder letters = new StringBuilder();
        for (Option o : q.options) {
            if (letters.indexOf(String.valueOf(o.letter())) >= 0) {
                throw new FormatException(o.line(), "option " + o.letter() + " appears twice");
            }
            if (o.text().isEmpty()) {
                throw new FormatException(o.line(), "option " + o.letter() + " has no text");
            }
            letters.append(o.letter());
        }
        String right = letter.toUpperCase(Locale.ROOT);
        if (!right.matches("[A-Z]")) {
            throw new FormatException(answerLine, right.isEmpty()
                    ? "ANSWER names no option; write the letter of the right option, as in ANSWER: B"
                    : "ANSWER: " + letter + " is not one option letter; Aiken questions have exactly one right option");
        }
        if (letters.indexOf(right) < 0) {
            throw new FormatException(answerLine, "ANSWER: " + right + " is not among the options "
                    + String.join(", ", letters.chars().mapToObj(c -> String.valueOf((char) c)).toList()));
        }
        List<Choice> choices = new ArrayList<>();
        for (Option o : q.options) {
            choices.add(new Choice(o.text(), o.letter() == right.charAt(0) ? 1 : 0, null));
        }
        return new ParsedQuestion(null, String.join("\n", q.text), TextFormat.MOODLE, null, QuestionType.SINGLE_CHOICE, choices,
                List.of(), List.of(), null, null, null, null, null, fileName, q.line);
    }
}
