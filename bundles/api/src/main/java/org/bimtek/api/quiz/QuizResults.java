package org.bimtek.api.quiz;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Trainees' quiz results, for what builds on them (the certification ladder's "quiz passed with at
 * least a given score"). Results are kept by quiz id and outlive the course bundle that declared the quiz.
 */
@ProviderType
public interface QuizResults {

    /** The result of a trainee in a quiz, or empty before their first finished attempt. */
    Optional<QuizResult> result(long userId, String quizId);

    /** Every quiz result of a trainee. */
    List<QuizResult> results(long userId);
}
