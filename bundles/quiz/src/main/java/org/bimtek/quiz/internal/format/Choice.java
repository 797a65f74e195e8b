package org.bimtek.quiz.internal.format;

/**
 * One answer of a choice or short-answer question.
 *
 * @param fraction the credit, 1 for a right answer; negative for a penalty ({@code %-50%} is -0.5)
 * @param feedback shown when this answer is given; null when the file gives none
 */
public record Choice(String text, double fraction, String feedback) {
}
