package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.QuestionDefinition;

/**
 * One option of a single-choice or multiple-response question, as its data gives it:
 * {@code {"id": "3f9a0c1b2d", "text": "...", "fraction": 1, "feedback": "..."}}. A missing fraction is 0 (an
 * option nobody marked is wrong); a missing or null feedback is none.
 */
record ChoiceOption(String id, String text, double fraction, String feedback) {

    /** The options of {@code data.options} by id, in the data's order. */
    static Map<String, ChoiceOption> read(QuestionDefinition question, JsonNode data) {
        Map<String, ChoiceOption> options = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode o : QuestionData.array(question, data, "options")) {
            String id = QuestionData.id(question, o, seen);
            String text = QuestionData.text(question, o, "text");
            double fraction = QuestionData.fraction(question, o, -1, 0);
            options.put(id, new ChoiceOption(id, text, fraction, QuestionData.optionalText(question, o, "feedback")));
        }
        return options;
    }

    /** What the browser sees: the id and the text, nothing about credit. */
    ClientOption client() {
        return new ClientOption(id, text);
    }

    /** A choice question as the browser sees it: the options, shuffled when the quiz says so, ids only. */
    static org.bimtek.api.quiz.ClientQuestion present(String type, int slot, QuestionDefinition question,
            java.util.random.RandomGenerator random) {
        Map<String, ChoiceOption> options = read(question, QuestionData.of(question, type));
        return new org.bimtek.api.quiz.ClientQuestion(slot, type, question.text(), question.format(),
                client(Shuffle.of(new java.util.ArrayList<>(options.values()), random)), List.of());
    }

    static List<ClientOption> client(List<ChoiceOption> options) {
        List<ClientOption> client = new ArrayList<>(options.size());
        for (ChoiceOption o : options) {
            client.add(o.client());
        }
        return client;
    }
}
