package org.bimtek.quiz.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses Bimtek's JSON question form, for what GIFT cannot say: ordering questions.
 * <pre>
 * {"category": "urutan",
 *  "questions": [{"name": "urutan-piramida", "type": "ordering", "text": "Urutkan ...",
 *                 "items": ["first", "second", "third"], "feedback": "...", "format": "markdown"}]}
 * </pre>
 * {@code items} are written in the right order; the attempt shows them shuffled. A broken question is
 * reported with its file and line and skipped, as in the other parsers.
 */
public final class JsonBankParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BANK_FIELDS = Set.of("category", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("name", "type", "text", "items", "feedback", "format");
    private static final int MAX_ITEMS = 12;

    private JsonBankParser() {
    }

    public static ParseResult parse(String text, String fileName) {
        List<Problem> problems = new ArrayList<>();
        List<ParsedQuestion> questions = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            return new ParseResult(List.of(), List.of(new Problem(fileName, line, "invalid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject() || !root.path("questions").isArray()) {
            return new ParseResult(List.of(), List.of(new Problem(fileName, 1, "expected {\"category\": ..., \"questions\": [...]}")));
        }
        unknownFields(root, BANK_FIELDS, text, fileName, problems);
        String category = root.path("category").isTextual() && !root.path("category").asText().isBlank()
                ? root.path("category").asText().strip() : null;
        int from = 0;
        for (JsonNode q : root.path("questions")) {
            String name = q.path("name").isTextual() ? q.path("name").asText().strip() : null;
            int line = name == null ? lineOf(text, "\"questions\"", 0) : lineOf(text, "\"" + name + "\"", from);
            from = Math.max(from, offsetOfLine(text, line));
            try {
                questions.add(question(q, name, category, fileName, line));
            } catch (FormatException e) {
                problems.add(new Problem(fileName, line, e.getMessage()));
            }
            unknownFields(q, QUESTION_FIELDS, text, fileName, problems);
        }
        return new ParseResult(questions, problems);
    }

    private static ParsedQuestion question(JsonNode q, String name, String category, String fileName, int line)
            throws FormatException {
        if (!q.isObject()) {
            throw new FormatException(0, "a question must be a JSON object");
        }
        String type = q.path("type").asText("");
        if (!"ordering".equals(type)) {
            throw new FormatException(0, "type must be \"ordering\" (write other questions in GIFT), not \"" + type + "\"");
        }
        if (!q.path("text").isTextual() || q.path("text").asText().isBlank()) {
            throw new FormatException(0, "an ordering question needs its \"text\"");
        }
        JsonNode items = q.path("items");
        if (!items.isArray() || items.size() < 2 || items.size() > MAX_ITEMS) {
            throw new FormatException(0, "\"items\" must list 2 to " + MAX_ITEMS + " texts, in the right order");
        }
        List<Choice> choices = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new FormatException(0, "every item must be a non-empty text");
            }
            if (seen.contains(item.asText().strip())) {
                throw new FormatException(0, "item \"" + item.asText().strip() + "\" is listed twice");
            }
            seen.add(item.asText().strip());
            choices.add(new Choice(item.asText().strip(), 1, null));
        }
        TextFormat format = TextFormat.MOODLE;
        if (q.has("format")) {
            format = TextFormat.ofMarker(q.path("format").asText(""));
            if (format == null) {
                throw new FormatException(0, "format must be moodle, html, markdown or plain");
            }
        }
        String feedback = q.path("feedback").isTextual() ? q.path("feedback").asText() : null;
        return new ParsedQuestion(name, q.path("text").asText().strip(), format, category, QuestionType.ORDERING, choices, List.of(),
                List.of(), null, null, null, feedback, null, fileName, line);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String text, String fileName, List<Problem> problems) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(new Problem(fileName, lineOf(text, "\"" + field + "\"", 0), "unknown field \"" + field + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        });
    }

    private static int lineOf(String text, String needle, int from) {
        int index = text.indexOf(needle, from);
        if (index < 0) {
            index = text.indexOf(needle);
        }
        if (index < 0) {
            return 1;
        }
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return Math.max(0, offset);
    }
}
