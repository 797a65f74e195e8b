package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer kept in one slot of an attempt: the latest save (null before the first) and, once graded,
 * the credit earned.
 *
 * @param manual 0 graded automatically, 1 waiting for an instructor, 2 graded by an instructor
 */
public record Answer(int slot, String questionId, long saveSeq, String saveId, JsonNode response, Long savedMs, Double fraction,
        int manual, String gradedBy, String comment) {

    static final int AUTOMATIC = 0;
    static final int AWAITING_INSTRUCTOR = 1;
    static final int BY_INSTRUCTOR = 2;

    public boolean answered() {
        return response != null;
    }
}
