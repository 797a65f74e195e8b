package org.bimtek.api.quiz;

import java.time.Instant;

/**
 * A trainee's result in one quiz, by the quiz's grading method (highest or last attempt).
 *
 * @param score in percent, 0 to 100
 * @param passed whether {@code score} reaches the quiz's pass mark; false while an essay awaits grading
 * @param pendingGrading whether an instructor still has to grade an essay of the counted attempt
 * @param attempts finished attempts
 * @param finishedAt when the counted attempt finished
 * @param lastPassedAt when the latest passing attempt finished (a retake counts even with a lower score), or null
 */
public record QuizResult(long userId, String quizId, String courseId, double score, boolean passed, boolean pendingGrading, int attempts,
        Instant finishedAt, Instant lastPassedAt) {
}
