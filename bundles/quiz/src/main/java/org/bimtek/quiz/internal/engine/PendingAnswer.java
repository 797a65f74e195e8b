package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer an instructor has to grade: whose, in which attempt and slot, and what they wrote. */
public record PendingAnswer(String attemptId, long userId, long finishedMs, int slot, String questionId, JsonNode response) {
}
