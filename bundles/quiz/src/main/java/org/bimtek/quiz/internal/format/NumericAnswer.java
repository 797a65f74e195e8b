package org.bimtek.quiz.internal.format;

/**
 * One accepted answer of a numerical question: {@code value ± tolerance}, or, for GIFT's {@code min..max}
 * form, the range {@code min..max} (then value and tolerance are its middle and half-width too, so that
 * either reading grades alike; min and max are null for the {@code value:tolerance} form).
 *
 * <p>GIFT's {@code ~#feedback} (feedback for any other number) is the last answer, with fraction 0 and a
 * range from minus to plus infinity: graders that take the first matching answer need no special case.
 */
public record NumericAnswer(double value, double tolerance, Double min, Double max, double fraction, String feedback) {

    /** Whether {@code x} is accepted by this answer. */
    public boolean accepts(double x) {
        if (min != null && max != null) {
            return x >= min && x <= max;
        }
        return Math.abs(x - value) <= tolerance;
    }
}
