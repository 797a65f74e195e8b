package org.bimtek.quiz.internal.engine;

import java.util.List;

/**
 * What an instructor sees of a quiz: finished attempts, their mean score and how many passed, and per
 * question how many answered it fully right. Essays still waiting for a grade are left out of the per-question figures.
 */
public record QuizStatistics(String quizId, int attempts, double meanScore, int passed, List<PerQuestion> questions) {

    public QuizStatistics {
        questions = List.copyOf(questions);
    }

    /** One question across every attempt that drew it. */
    public record PerQuestion(String questionId, int answered, int fullyRight, double meanFraction) {

        public double shareRight() {
            return answered == 0 ? 0 : (double) fullyRight / answered;
        }
    }
}
