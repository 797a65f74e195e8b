package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;

/**
 * The response a question's own type grades highest, found by trying {@link Candidates} with
 * {@link QuestionType#grade}: no knowledge of any type's rules, so a type a later bundle adds is answered the
 * same way, and the grade is the one an attempt will get. Where the enumerations were cut short, climbs from
 * the best candidate one step at a time. An essay-like question (graded by an instructor) gets a paragraph.
 */
final class BestResponse {

    /** Steps of the climb; each grades at most a few hundred neighbours. */
    private static final int MAX_STEPS = 100;

    /** A response and the grade its type gives it. */
    record Found(JsonNode response, Grade grade) {
    }

    private BestResponse() {
    }

    /** The best well-formed response found, or empty when no candidate is well-formed. */
    static Optional<Found> find(QuestionType type, QuestionDefinition definition, ClientQuestion presented) {
        Found best = null;
        for (JsonNode candidate : Candidates.of(definition, presented)) {
            best = better(best, graded(type, definition, candidate));
            if (full(best)) {
                return Optional.of(best);
            }
        }
        for (int step = 0; best != null && !full(best) && step < MAX_STEPS; step++) {
            Found next = best;
            for (JsonNode neighbour : Candidates.neighbours(best.response(), presented)) {
                next = better(next, graded(type, definition, neighbour));
            }
            if (next == best) {
                break; // no neighbour does better: as high as this search gets
            }
            best = next;
        }
        return Optional.ofNullable(best);
    }

    /** The candidate's grade, or null when its type refuses it (wrong shape) or cannot grade it. */
    private static Found graded(QuestionType type, QuestionDefinition definition, JsonNode candidate) {
        try {
            if (type.check(definition, candidate).isPresent()) {
                return null;
            }
            return new Found(candidate, type.grade(definition, candidate));
        } catch (RuntimeException e) {
            return null; // a type that throws on a response is not answered with it
        }
    }

    /** The higher grade; on a tie the earlier, so that the candidates' order (the paragraph first among texts) decides. */
    private static Found better(Found best, Found other) {
        if (other == null) {
            return best;
        }
        return best == null || other.grade().fraction() > best.grade().fraction() ? other : best;
    }

    private static boolean full(Found found) {
        return found != null && !found.grade().manual() && found.grade().fraction() >= 1;
    }
}
