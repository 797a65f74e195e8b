package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bimtek.api.quiz.QuestionDefinition;

/**
 * Reads a {@link QuestionDefinition}'s {@code data}. The data comes from the server's own question bank, so a
 * mistake in it is a bug or a broken import, not the trainee's doing: it throws an {@link IllegalArgumentException}
 * naming the question, in English like the importers' messages, and is never reported as a malformed response.
 */
final class QuestionData {

    private QuestionData() {
    }

    /** The question's data, after making sure the question is of type {@code type}. */
    static JsonNode of(QuestionDefinition question, String type) {
        if (question == null) {
            throw new IllegalArgumentException("no question");
        }
        if (!type.equals(question.type())) {
            throw broken(question, "is of type " + question.type() + ", not " + type);
        }
        return question.data() == null ? MissingNode.getInstance() : question.data();
    }

    /** The elements of the array {@code data.field}, which must have at least one. */
    static List<JsonNode> array(QuestionDefinition question, JsonNode data, String field) {
        JsonNode array = data.path(field);
        if (!array.isArray() || array.isEmpty()) {
            throw broken(question, "\"" + field + "\" must be a non-empty array");
        }
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    static String text(QuestionDefinition question, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw broken(question, "\"" + field + "\" must be a string in " + node);
        }
        return value.textValue();
    }

    /** The string {@code node.field}, or null when it is missing or null. */
    static String optionalText(QuestionDefinition question, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw broken(question, "\"" + field + "\" must be a string in " + node);
        }
        return value.textValue();
    }

    /** The number {@code node.field}, or null when it is missing or null. */
    static Double optionalNumber(QuestionDefinition question, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw broken(question, "\"" + field + "\" must be a finite number in " + node);
        }
        return value.doubleValue();
    }

    /** A credit within {@code min..1}; {@code fallback} when the node gives none. */
    static double fraction(QuestionDefinition question, JsonNode node, double min, double fallback) {
        Double fraction = optionalNumber(question, node, "fraction");
        if (fraction == null) {
            return fallback;
        }
        if (fraction < min || fraction > 1) {
            throw broken(question, "\"fraction\" must be within " + min + "..1 in " + node);
        }
        return fraction;
    }

    /** The non-empty string {@code node.id}, which must not be in {@code seen}; it is added to it. */
    static String id(QuestionDefinition question, JsonNode node, Set<String> seen) {
        String id = text(question, node, "id");
        if (id.isEmpty() || !seen.add(id)) {
            throw broken(question, "ids must be non-empty and unique, not \"" + id + "\"");
        }
        return id;
    }

    static IllegalArgumentException broken(QuestionDefinition question, String problem) {
        return new IllegalArgumentException("question " + question.id() + ": " + problem);
    }
}
