package org.bimtek.quiz.internal.engine;

import java.util.List;

/**
 * An attempt as its trainee sees it now: the attempt, its saved answers, and whether the review settings
 * let the right answers and feedback be shown.
 */
public record AttemptView(Attempt attempt, List<Answer> answers, boolean reviewAllowed) {

    public AttemptView {
        answers = List.copyOf(answers);
    }
}
