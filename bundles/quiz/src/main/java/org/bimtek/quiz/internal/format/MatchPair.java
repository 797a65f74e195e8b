package org.bimtek.quiz.internal.format;

/**
 * One pair of a matching question. An empty item makes the option a distractor (an extra wrong option),
 * as in Moodle's matching question.
 */
public record MatchPair(String item, String option) {
}
