package org.bimtek.quiz.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionDefinition;

/**
 * Answers in words, for the result page: what the trainee answered, and (when review is allowed) the right
 * answer of a built-in type. A type added by a later bundle shows its credit and feedback only.
 */
final class ReviewText {

    private ReviewText() {
    }

    /** The trainee's response as text, option ids turned back into the options they were shown. */
    static String response(ClientQuestion shown, JsonNode response) {
        if (response == null) {
            return null;
        }
        Map<String, String> options = texts(shown.options());
        Map<String, String> items = texts(shown.items());
        if (response.has("choice")) {
            return options.getOrDefault(response.path("choice").asText(), response.path("choice").asText());
        }
        if (response.has("choices")) {
            List<String> chosen = new ArrayList<>();
            response.path("choices").forEach(c -> chosen.add(options.getOrDefault(c.asText(), c.asText())));
            return String.join("; ", chosen);
        }
        if (response.has("text")) {
            return response.path("text").asText();
        }
        if (response.has("number")) {
            return response.path("number").asText();
        }
        if (response.has("pairs")) {
            List<String> pairs = new ArrayList<>();
            response.path("pairs").fields().forEachRemaining(e -> pairs.add(items.getOrDefault(e.getKey(), e.getKey()) + " → "
                    + options.getOrDefault(e.getValue().asText(), e.getValue().asText())));
            return String.join("; ", pairs);
        }
        if (response.has("order")) {
            List<String> order = new ArrayList<>();
            Map<String, String> all = new LinkedHashMap<>(options);
            all.putAll(items);
            response.path("order").forEach(id -> order.add(all.getOrDefault(id.asText(), id.asText())));
            return String.join(" → ", order);
        }
        return response.toString();
    }

    /** The right answer of a built-in type in words; null for an essay or an unknown type. */
    static String correctAnswer(QuestionDefinition question, boolean english) {
        JsonNode data = question.data();
        return switch (question.type()) {
            case "single-choice", "multiple-response" -> join(data.path("options"), "; ", o -> o.path("fraction").asDouble() > 0,
                    o -> o.path("text").asText());
            case "true-false" -> data.path("answer").asBoolean() ? (english ? "True" : "Benar") : (english ? "False" : "Salah");
            case "short-answer" -> join(data.path("answers"), " / ", a -> a.path("fraction").asDouble() >= 1, a -> a.path("text").asText());
            case "numerical" -> join(data.path("answers"), " / ", a -> a.path("fraction").asDouble() >= 1, ReviewText::number);
            case "matching" -> matching(data);
            case "ordering" -> join(data.path("items"), " → ", i -> true, i -> i.path("text").asText());
            default -> null;
        };
    }

    private static String number(JsonNode answer) {
        if (answer.has("value")) {
            double tolerance = answer.path("tolerance").asDouble();
            return plain(answer.path("value").asDouble()) + (tolerance > 0 ? " ± " + plain(tolerance) : "");
        }
        return (answer.has("min") ? plain(answer.path("min").asDouble()) : "…") + " – " + (answer.has("max") ? plain(answer.path("max").asDouble()) : "…");
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String matching(JsonNode data) {
        Map<String, String> options = new LinkedHashMap<>();
        data.path("options").forEach(o -> options.put(o.path("id").asText(), o.path("text").asText()));
        return join(data.path("items"), "; ", i -> true, i -> i.path("text").asText() + " → " + options.get(i.path("option").asText()));
    }

    private static String join(JsonNode list, String separator, java.util.function.Predicate<JsonNode> keep,
            java.util.function.Function<JsonNode, String> text) {
        List<String> parts = new ArrayList<>();
        list.forEach(n -> {
            if (keep.test(n)) {
                parts.add(text.apply(n));
            }
        });
        return String.join(separator, parts);
    }

    private static Map<String, String> texts(List<ClientOption> options) {
        Map<String, String> texts = new LinkedHashMap<>();
        options.forEach(o -> texts.put(o.id(), o.text()));
        return texts;
    }
}
