package org.bimtek.quiz.internal.engine;

import java.util.List;
import java.util.Optional;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.quiz.internal.bank.CompiledQuiz;

/**
 * A quiz as one trainee sees it before starting: its settings, their attempts so far, their result, and
 * whether (or why not) they can start an attempt now.
 *
 * @param cannotStart null when an attempt can be started (or resumed) now, else the reason, in Indonesian
 */
public record QuizOverview(CompiledQuiz quiz, List<Attempt> attempts, Optional<QuizResult> result, String cannotStart) {

    public QuizOverview {
        attempts = List.copyOf(attempts);
    }

    public Optional<Attempt> openAttempt() {
        return attempts.stream().filter(Attempt::open).findFirst();
    }
}
