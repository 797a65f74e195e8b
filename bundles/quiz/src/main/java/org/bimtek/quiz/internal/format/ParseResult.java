package org.bimtek.quiz.internal.format;

import java.util.List;

/** What a question file gave: the questions that parsed, and one problem for each question that did not. */
public record ParseResult(List<ParsedQuestion> questions, List<Problem> problems) {

    public ParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
