package org.bimtek.quiz.internal.format;

import java.util.List;

/**
 * One question as a file states it, before it is stored in a question bank.
 *
 * @param name the GIFT {@code ::name::}; null when the file gives none (the caller names it from the text)
 * @param text the question text; for a missing-word question, the text before the blank
 * @param category the GIFT {@code $CATEGORY:} path in force; null before any
 * @param choices the answers of a choice or short-answer question, else empty
 * @param numeric the answers of a numerical question, else empty
 * @param pairs the pairs of a matching question, else empty
 * @param trueFalseAnswer the right answer of a true/false question, else null
 * @param trueFeedback shown when the student answers "true" (true/false only; may be null)
 * @param falseFeedback shown when the student answers "false" (true/false only; may be null)
 * @param generalFeedback shown after the question whatever the answer; null when none
 * @param textAfterBlank for a missing-word question, the text after the blank, else null
 * @param line the 1-based line the question starts on in {@code file}
 */
public record ParsedQuestion(String name, String text, TextFormat format, String category, QuestionType type,
        List<Choice> choices, List<NumericAnswer> numeric, List<MatchPair> pairs, Boolean trueFalseAnswer,
        String trueFeedback, String falseFeedback, String generalFeedback, String textAfterBlank, String file, int line) {

    public ParsedQuestion {
        choices = List.copyOf(choices);
        numeric = List.copyOf(numeric);
        pairs = List.copyOf(pairs);
    }

    /** Whether the answer block stands inside the text (GIFT's "missing word" form). */
    public boolean missingWord() {
        return textAfterBlank != null;
    }
}
