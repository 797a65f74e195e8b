package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * Items to put in order. Data: <pre>{"items": [{"id": "a1b2c3d4e5", "text": "..."}, ...]}</pre> in the right
 * order. Response: {@code {"order": [ids]}}, every item exactly once.
 *
 * <p>The grade is the share of items at their right position (position by position, not the longest run in
 * order nor the pairs in order): simple to explain to a trainee, and it is what the review shows. Its cost is
 * harshness: one item moved from the end to the front puts every item one place off and earns 0, and a reversed
 * order earns only the middle item of an odd count.
 *
 * <p>Presented: the items as {@code options}, never in the right order when there are two or more, since that
 * would give the answer away. Shuffled with the quiz's random when it shuffles (redrawn when the draw happens
 * to be the right order); when it does not, scrambled the same way for everyone from the question id, so that
 * the question still asks something.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + OrderingType.NAME)
public final class OrderingType extends BuiltInType {

    static final String NAME = "ordering";

    /** Redraws before falling back on a rotation: with two items, one draw in two is the right order. */
    private static final int DRAWS = 8;

    public OrderingType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        List<ClientOption> items = items(question);
        return new ClientQuestion(slot, NAME, question.text(), question.format(), scrambled(items, question, random), List.of());
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        order(items(question), response);
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        List<ClientOption> items = items(question);
        List<String> order = order(items, response);
        int right = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(order.get(i))) {
                right++;
            }
        }
        return Grade.of((double) right / items.size(), List.of());
    }

    /** Any order but the right one (for one item there is no other). */
    private static List<ClientOption> scrambled(List<ClientOption> items, QuestionDefinition question, RandomGenerator random) {
        RandomGenerator draws = random != null ? random : new SplittableRandom(Objects.hashCode(question.id()));
        List<ClientOption> order = Shuffle.of(items, draws);
        for (int i = 1; i < DRAWS && items.size() > 1 && order.equals(items); i++) {
            order = Shuffle.of(items, draws);
        }
        if (items.size() > 1 && order.equals(items)) {
            // Only a generator that keeps drawing the identity gets here; a rotation is never the right order.
            Collections.rotate(order, 1);
        }
        return order;
    }

    private static List<String> order(List<ClientOption> items, JsonNode response) {
        Set<String> ids = new HashSet<>();
        for (ClientOption item : items) {
            ids.add(item.id());
        }
        List<String> order = Responses.ids(response, "order", ids, Responses.Noun.ITEM);
        if (order.isEmpty()) {
            throw new MalformedResponse("Urutan tidak boleh kosong");
        }
        for (ClientOption item : items) {
            if (!order.contains(item.id())) {
                throw new MalformedResponse("Urutan tidak lengkap: butir " + Responses.shown(item.id()) + " tidak ada");
            }
        }
        return order;
    }

    private static List<ClientOption> items(QuestionDefinition question) {
        JsonNode data = QuestionData.of(question, NAME);
        Set<String> seen = new HashSet<>();
        List<ClientOption> items = new ArrayList<>();
        for (JsonNode i : QuestionData.array(question, data, "items")) {
            String id = QuestionData.id(question, i, seen);
            items.add(new ClientOption(id, QuestionData.text(question, i, "text")));
        }
        return items;
    }
}
