package org.bimtek.awards.internal.model;

/** Who gives a criterion its score. */
public enum CriterionKind {
    /** Read from the platform's records (certificates, quizzes, practice work, attendance). */
    COMPUTED,
    /** Scored 1-10 by the jury; the mean of the jurors' scores counts. */
    JURY
}
