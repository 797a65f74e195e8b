package org.bimtek.api.quiz;

import java.util.List;

/**
 * The outcome of grading one response: the credit earned, 0 to 1, and the feedback the
 * chosen answers carry. An essay is not graded automatically: {@code manual} is true and
 * {@code fraction} 0 until an instructor grades it.
 */
public record Grade(double fraction, boolean manual, List<String> feedback) {

    public Grade {
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
        feedback = List.copyOf(feedback);
    }

    public static Grade of(double fraction, List<String> feedback) {
        return new Grade(Math.max(0, Math.min(1, fraction)), false, feedback);
    }

    public static Grade awaitingInstructor() {
        return new Grade(0, true, List.of());
    }
}
