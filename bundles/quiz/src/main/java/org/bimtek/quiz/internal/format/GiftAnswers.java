package org.bimtek.quiz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inside of one GIFT answer block ({@code {...}} without the general feedback) and decides the
 * question type the way Moodle's importer does: empty is an essay, a leading {@code #} numerical, any
 * {@code ~} a choice question, {@code =} with {@code ->} matching, a lone T/F/TRUE/FALSE true/false, and
 * anything else short answer.
 */
final class GiftAnswers {

    /** What the block holds; only the fields of its type are filled. */
    record Answers(QuestionType type, List<Choice> choices, List<NumericAnswer> numeric, List<MatchPair> pairs,
            Boolean trueFalse, String trueFeedback, String falseFeedback) {

        static Answers essay() {
            return new Answers(QuestionType.ESSAY, List.of(), List.of(), List.of(), null, null, null);
        }

        static Answers choices(QuestionType type, List<Choice> choices) {
            return new Answers(type, choices, List.of(), List.of(), null, null, null);
        }

        static Answers numeric(List<NumericAnswer> numeric) {
            return new Answers(QuestionType.NUMERICAL, List.of(), numeric, List.of(), null, null, null);
        }

        static Answers matching(List<MatchPair> pairs) {
            return new Answers(QuestionType.MATCHING, List.of(), List.of(), pairs, null, null, null);
        }

        static Answers trueFalse(boolean answer, String trueFeedback, String falseFeedback) {
            return new Answers(QuestionType.TRUE_FALSE, List.of(), List.of(), List.of(), answer, trueFeedback, falseFeedback);
        }
    }

    /** One answer: its prefix character ({@code 0} for text before the first prefix) and its extent. */
    private record Segment(char prefix, int start, int end) {

        int bodyStart() {
            return prefix == 0 ? start : start + 1;
        }
    }

    /** An answer's text with its {@code %weight%} taken off; weight is null when it has none. */
    private record Weighted(Double weight, String rest) {
    }

    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern MALFORMED_WEIGHT = Pattern.compile("%[^%\\s]*%");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    /** Sums of weights such as 3 x 33.333% count as 100%. */
    private static final double SLACK = 0.001;

    private final GiftText t;
    private final int blockLine;

    GiftAnswers(GiftText t, int blockLine) {
        this.t = t;
        this.blockLine = blockLine;
    }

    Answers read(int from, int to) throws FormatException {
        int start = t.skipSpace(from, to);
        if (start >= to) {
            return Answers.essay();
        }
        if (t.isSpecial(start, '#')) {
            return numerical(start + 1, to);
        }
        if (t.indexOf('~', start, to) >= 0) {
            return choice(start, to);
        }
        if (t.indexOf('=', start, to) >= 0 && t.indexOf("->", start, to) >= 0) {
            return matching(start, to);
        }
        int hash = t.indexOf('#', start, to);
        Boolean truth = truth(t.text(start, hash < 0 ? to : hash));
        if (truth != null) {
            return trueFalse(truth, hash, to);
        }
        return shortAnswer(start, to);
    }

    // T, TRUE, F, FALSE; Moodle takes upper case only, but {true} is plainly meant as true/false, not as a
    // short answer whose only accepted response is the word "true".
    private static Boolean truth(String answer) {
        return switch (answer.toUpperCase(Locale.ROOT)) {
            case "T", "TRUE" -> Boolean.TRUE;
            case "F", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    private Answers trueFalse(boolean truth, int hash, int to) throws FormatException {
        String wrong = null;
        String right = null;
        if (hash >= 0) {
            int second = t.indexOf('#', hash + 1, to);
            if (second >= 0 && t.indexOf('#', second + 1, to) >= 0) {
                throw new FormatException(t.line(t.indexOf('#', second + 1, to)),
                        "a true/false answer takes at most two feedbacks, {T#when wrong#when right}; write \\# for a literal #");
            }
            wrong = feedback(hash + 1, second < 0 ? to : second);
            right = second < 0 ? null : feedback(second + 1, to);
        }
        // Moodle's order: the first feedback is for a wrong answer, the second for the right one.
        return truth ? Answers.trueFalse(true, right, wrong) : Answers.trueFalse(false, wrong, right);
    }

    private Answers choice(int from, int to) throws FormatException {
        List<Segment> segments = segments(from, to, "~=");
        if (segments.get(0).prefix() == 0) {
            throw new FormatException(t.line(from), "text before the first answer: each answer starts with = or ~");
        }
        List<Choice> choices = new ArrayList<>();
        boolean anyEquals = false;
        for (Segment s : segments) {
            int line = t.line(s.start());
            int hash = t.indexOf('#', s.bodyStart(), s.end());
            Weighted w = weight(t.text(s.bodyStart(), hash < 0 ? s.end() : hash), line);
            double fraction = w.weight() != null ? w.weight() / 100 : s.prefix() == '=' ? 1 : 0;
            anyEquals |= s.prefix() == '=';
            choices.add(new Choice(answerText(w.rest(), line, false), fraction, hash < 0 ? null : feedback(hash + 1, s.end())));
        }
        if (choices.size() < 2) {
            throw new FormatException(blockLine, "a multiple-choice question needs at least 2 answers");
        }
        double positive = 0;
        int positives = 0;
        double best = 0;
        for (Choice c : choices) {
            if (c.fraction() > 0) {
                positive += c.fraction();
                positives++;
            }
            best = Math.max(best, c.fraction());
        }
        if (anyEquals) {
            if (best < 1 - SLACK) {
                throw new FormatException(blockLine, "no right answer: no answer gives full credit");
            }
            return Answers.choices(QuestionType.SINGLE_CHOICE, choices);
        }
        // Moodle's rule: without "=" the question takes several answers, whose positive weights make 100%.
        // A single ~%100% answer is the same as "=", so it stays a single-choice question.
        if (Math.abs(positive - 1) > SLACK) {
            throw new FormatException(blockLine, String.format(Locale.ROOT,
                    "no right answer: mark one answer with =, or give weights whose positive part adds up to 100%% "
                            + "(here %s%%)", percent(positive)));
        }
        return Answers.choices(positives == 1 ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE, choices);
    }

    private Answers shortAnswer(int from, int to) throws FormatException {
        List<Segment> segments = segments(from, to, "=");
        if (segments.get(0).prefix() == 0 && segments.size() > 1) {
            throw new FormatException(t.line(from), "text before the first answer: each answer starts with =");
        }
        // A lone answer without "=" ({Mahakam}) is accepted as Moodle does: one answer, full credit.
        List<Choice> choices = new ArrayList<>();
        double best = 0;
        for (Segment s : segments) {
            int line = t.line(s.start());
            int hash = t.indexOf('#', s.bodyStart(), s.end());
            Weighted w = weight(t.text(s.bodyStart(), hash < 0 ? s.end() : hash), line);
            double fraction = w.weight() != null ? w.weight() / 100 : 1;
            if (fraction < 0) {
                throw new FormatException(line, "a short answer cannot carry a negative weight; only choices can");
            }
            best = Math.max(best, fraction);
            choices.add(new Choice(answerText(w.rest(), line, false), fraction, hash < 0 ? null : feedback(hash + 1, s.end())));
        }
        if (best < 1 - SLACK) {
            throw new FormatException(blockLine, "no right answer: no answer gives full credit");
        }
        return Answers.choices(QuestionType.SHORT_ANSWER, choices);
    }

    private Answers numerical(int from, int to) throws FormatException {
        int tilde = t.indexOf('~', from, to);
        int end = tilde < 0 ? to : tilde;
        List<NumericAnswer> answers = new ArrayList<>();
        if (t.skipSpace(from, end) < end) {
            for (Segment s : segments(t.skipSpace(from, end), end, "=")) {
                answers.add(numericAnswer(s));
            }
        }
        if (answers.isEmpty()) {
            throw new FormatException(blockLine,
                    "a numerical question needs an answer: {#3.14:0.01}, {#1..5} or {# =3.14:0.01 =%50%3:0.5}");
        }
        if (answers.stream().noneMatch(a -> a.fraction() >= 1 - SLACK)) {
            throw new FormatException(blockLine, "no right answer: no numeric answer gives full credit");
        }
        if (tilde >= 0) {
            // Moodle's importer (not its documentation) takes ~#feedback as the feedback for any other number.
            int hash = t.indexOf('#', tilde + 1, to);
            if (!t.text(tilde + 1, hash < 0 ? to : hash).isEmpty()) {
                throw new FormatException(t.line(tilde),
                        "after ~ a numerical question takes only #feedback for any other number");
            }
            String other = hash < 0 ? null : feedback(hash + 1, to);
            if (other != null) {
                answers.add(new NumericAnswer(0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        0, other));
            }
        }
        return Answers.numeric(answers);
    }

    private NumericAnswer numericAnswer(Segment s) throws FormatException {
        int line = t.line(s.start());
        int hash = t.indexOf('#', s.bodyStart(), s.end());
        Weighted w = weight(t.text(s.bodyStart(), hash < 0 ? s.end() : hash), line);
        double fraction = w.weight() != null ? w.weight() / 100 : 1;
        if (fraction < 0) {
            throw new FormatException(line, "a numeric answer cannot carry a negative weight; only choices can");
        }
        String feedback = hash < 0 ? null : feedback(hash + 1, s.end());
        String spec = w.rest();
        int dots = spec.indexOf("..", 1);
        if (dots > 0) {
            double min = number(spec.substring(0, dots), line);
            double max = number(spec.substring(dots + 2), line);
            if (min > max) {
                throw new FormatException(line, "range " + spec + " runs backwards: write the lower end first");
            }
            return new NumericAnswer((min + max) / 2, (max - min) / 2, min, max, fraction, feedback);
        }
        int colon = spec.indexOf(':', 1);
        if (colon > 0) {
            double tolerance = number(spec.substring(colon + 1), line);
            if (tolerance < 0) {
                throw new FormatException(line, "the tolerance in " + spec + " is negative");
            }
            return new NumericAnswer(number(spec.substring(0, colon), line), tolerance, null, null, fraction, feedback);
        }
        return new NumericAnswer(number(spec, line), 0, null, null, fraction, feedback);
    }

    private static double number(String text, int line) throws FormatException {
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        if (s.isEmpty()) {
            throw new FormatException(line, "a numeric answer has no number");
        }
        if (NUMBER.matcher(s.replace(',', '.')).matches()) {
            throw new FormatException(line, "\"" + s + "\" is not a number: write decimals with a dot, as in 3.14");
        }
        throw new FormatException(line, "\"" + s + "\" is not a number");
    }

    private Answers matching(int from, int to) throws FormatException {
        List<Segment> segments = segments(from, to, "=");
        if (segments.get(0).prefix() == 0) {
            throw new FormatException(t.line(from), "text before the first pair: each pair starts with =");
        }
        List<MatchPair> pairs = new ArrayList<>();
        int items = 0;
        for (Segment s : segments) {
            int line = t.line(s.start());
            int arrow = t.indexOf("->", s.bodyStart(), s.end());
            if (arrow < 0) {
                throw new FormatException(line, "matching pair without ->: write =item -> option");
            }
            int hash = t.indexOf('#', s.bodyStart(), s.end());
            if (hash >= 0) {
                throw new FormatException(t.line(hash), "matching pairs take no feedback; write \\# for a literal #");
            }
            String item = answerText(t.text(s.bodyStart(), arrow), line, true);
            String option = t.text(arrow + 2, s.end());
            if (option.isEmpty()) {
                throw new FormatException(line, "matching pair has no option after ->");
            }
            if (!item.isEmpty()) {
                items++;
            }
            pairs.add(new MatchPair(item, option));
        }
        if (items < 2) {
            throw new FormatException(blockLine, "a matching question needs at least 2 pairs, found " + items);
        }
        return Answers.matching(pairs);
    }

    /** Splits {@code [from, to)} at each unescaped prefix character; a first segment without one has prefix 0. */
    private List<Segment> segments(int from, int to, String prefixes) {
        List<Segment> segments = new ArrayList<>();
        int start = from;
        char prefix = 0;
        for (int i = from; i < to; i++) {
            for (int k = 0; k < prefixes.length(); k++) {
                if (t.isSpecial(i, prefixes.charAt(k))) {
                    if (i > start && !(prefix == 0 && t.text(start, i).isEmpty())) {
                        segments.add(new Segment(prefix, start, i));
                    }
                    start = i;
                    prefix = prefixes.charAt(k);
                }
            }
        }
        segments.add(new Segment(prefix, start, to));
        return segments;
    }

    private static Weighted weight(String answer, int line) throws FormatException {
        Matcher m = WEIGHT.matcher(answer);
        if (m.lookingAt()) {
            double weight = Double.parseDouble(m.group(1));
            if (weight < -100 || weight > 100) {
                throw new FormatException(line, "weight " + m.group() + " is out of range: weights run from -100% to 100%");
            }
            return new Weighted(weight, answer.substring(m.end()).strip());
        }
        Matcher bad = MALFORMED_WEIGHT.matcher(answer);
        if (bad.lookingAt()) {
            throw new FormatException(line, "malformed weight " + bad.group() + ": write a percentage such as %50% or %-25%");
        }
        return new Weighted(null, answer);
    }

    /** An answer or item text: a known format marker is dropped (the model keeps one format per question). */
    private String answerText(String text, int line, boolean mayBeEmpty) throws FormatException {
        String plain = withoutMarker(text, line);
        if (plain.isEmpty() && !mayBeEmpty) {
            throw new FormatException(line, "an answer has no text");
        }
        return plain;
    }

    private String feedback(int from, int to) throws FormatException {
        String text = withoutMarker(t.text(from, to), t.line(from));
        return text.isEmpty() ? null : text;
    }

    private static String withoutMarker(String text, int line) throws FormatException {
        return GiftQuestionReader.marked(text, TextFormat.MOODLE, line).text();
    }

    private static String percent(double fraction) {
        double p = Math.round(fraction * 100_000) / 1000.0;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
