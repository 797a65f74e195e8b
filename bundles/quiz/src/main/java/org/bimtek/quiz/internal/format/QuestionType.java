package org.bimtek.quiz.internal.format;

/**
 * The kinds of question the importers produce. ORDERING has no GIFT or Aiken syntax; it is here so that
 * the quiz engine and later formats share one list.
 */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERICAL,
    MATCHING,
    ORDERING,
    ESSAY,
    DESCRIPTION
}
