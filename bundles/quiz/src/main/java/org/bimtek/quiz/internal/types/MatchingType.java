package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * Items to pair with options. Data:
 * <pre>{"items": [{"id": "a1b2c3d4e5", "text": "Reels atau Stories", "option": "0f1e2d3c4b"}, ...],
 *  "options": [{"id": "0f1e2d3c4b", "text": "9:16"}, ...]}</pre>
 * Each item names its right option; several items may share one, and options no item names are distractors.
 * Response: {@code {"pairs": {itemId: optionId}}}; an item left out is unanswered (wrong), an option may be
 * given to several items, as with one drop-down list per item.
 *
 * <p>The grade is the share of items paired with their right option; matching carries no feedback.
 *
 * <p>Presented: the items as {@code items} and the options as {@code options}, both shuffled when the quiz
 * shuffles. When it does not, the items keep their order, but the options are sorted by text: in the data they
 * usually follow the items (the importer writes them in pair order), and shown that way the i-th option would
 * be the i-th item's answer.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + MatchingType.NAME)
public final class MatchingType extends BuiltInType {

    static final String NAME = "matching";

    private static final Comparator<ClientOption> BY_TEXT = Comparator
            .comparing(ClientOption::text, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ClientOption::text)
            .thenComparing(ClientOption::id);

    /** The data: items by id with their right option id, options by id. */
    private record Data(Map<String, String> answers, List<ClientOption> items, Map<String, ClientOption> options) {
    }

    public MatchingType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        Data data = data(question);
        List<ClientOption> options = new ArrayList<>(data.options().values());
        if (random == null) {
            options.sort(BY_TEXT);
        }
        return new ClientQuestion(slot, NAME, question.text(), question.format(), Shuffle.of(options, random),
                Shuffle.of(data.items(), random));
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        pairs(data(question), response);
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        Data data = data(question);
        Map<String, String> pairs = pairs(data, response);
        int right = 0;
        for (Map.Entry<String, String> answer : data.answers().entrySet()) {
            if (answer.getValue().equals(pairs.get(answer.getKey()))) {
                right++;
            }
        }
        return Grade.of((double) right / data.answers().size(), List.of());
    }

    private static Map<String, String> pairs(Data data, JsonNode response) {
        return Responses.pairs(response, "pairs", data.answers().keySet(), Responses.Noun.ITEM, data.options().keySet(),
                Responses.Noun.OPTION);
    }

    private static Data data(QuestionDefinition question) {
        JsonNode json = QuestionData.of(question, NAME);
        Map<String, ClientOption> options = new LinkedHashMap<>();
        Set<String> optionIds = new HashSet<>();
        for (JsonNode o : QuestionData.array(question, json, "options")) {
            String id = QuestionData.id(question, o, optionIds);
            options.put(id, new ClientOption(id, QuestionData.text(question, o, "text")));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        List<ClientOption> items = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        for (JsonNode i : QuestionData.array(question, json, "items")) {
            String id = QuestionData.id(question, i, itemIds);
            String option = QuestionData.text(question, i, "option");
            if (!options.containsKey(option)) {
                throw QuestionData.broken(question, "item " + id + " names no known option: " + option);
            }
            answers.put(id, option);
            items.add(new ClientOption(id, QuestionData.text(question, i, "text")));
        }
        return new Data(answers, items, options);
    }
}
