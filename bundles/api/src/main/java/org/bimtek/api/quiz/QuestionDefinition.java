package org.bimtek.api.quiz;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A question as the server keeps it, key included: never sent to a browser as it is.
 *
 * @param id stable within its question bank (course, file, name or position)
 * @param type the {@link QuestionType#name()} that presents and grades it
 * @param text the question text; {@code format} says how to render it (moodle, html, markdown, plain)
 * @param data the type's own data as JSON: options with opaque ids and credit, accepted answers, pairs...
 * @param generalFeedback shown after grading when the review settings allow it; may be null
 */
public record QuestionDefinition(String id, String type, String text, String format, JsonNode data, String generalFeedback) {
}
