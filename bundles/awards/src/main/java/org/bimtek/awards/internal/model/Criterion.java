package org.bimtek.awards.internal.model;

/**
 * One weighted criterion of a programme.
 *
 * @param id short, stable, used in scores and forms, e.g. {@code konsistensi-unggahan}
 * @param source where a COMPUTED criterion's score comes from; null for a JURY criterion
 * @param weight its share in the total, greater than 0
 */
public record Criterion(String id, String title, CriterionKind kind, ComputedSource source, double weight) {

    public boolean isJury() {
        return kind == CriterionKind.JURY;
    }
}
