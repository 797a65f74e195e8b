package org.bimtek.quiz.internal.bank;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bimtek.api.course.Text;

/**
 * A quiz's settings as its course declares them, checked.
 *
 * @param draw how many questions from which category; empty means every question of every bank
 * @param attemptsAllowed 0 for no limit
 * @param passMark the lowest passing score, in percent
 * @param opensAt null when always open; closesAt null when never closing
 */
public record QuizSpec(String id, Text title, List<Draw> draw, boolean shuffleQuestions, boolean shuffleOptions, Duration timeLimit,
        int attemptsAllowed, int passMark, Grading grading, Review review, Instant opensAt, Instant closesAt) {

    public QuizSpec {
        draw = List.copyOf(draw);
    }

    /** Take {@code count} questions, chosen at random per attempt, from {@code category}. */
    public record Draw(String category, int count) {
    }

    /** Which attempt's score is the trainee's result. */
    public enum Grading {
        HIGHEST, LAST
    }

    /** When a trainee may see the right answers and the feedback. */
    public enum Review {
        NEVER, AFTER_SUBMIT, AFTER_CLOSE
    }
}
