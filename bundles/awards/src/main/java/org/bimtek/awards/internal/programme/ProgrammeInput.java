package org.bimtek.awards.internal.programme;

import java.util.List;

/**
 * A new programme as an administrator sends it: {@code {"title", "period", "winners", "criteria": [...]}}.
 *
 * @param period the year, e.g. "2026" (a JSON number is accepted too)
 * @param winners how many ranks win; 3 when left out
 */
public record ProgrammeInput(String title, String period, Integer winners, List<CriterionInput> criteria) {

    /** One criterion: {@code {"id", "title", "kind": "COMPUTED"|"JURY", "source", "weight"}}; id may be left out. */
    public record CriterionInput(String id, String title, String kind, String source, Double weight) {
    }
}
