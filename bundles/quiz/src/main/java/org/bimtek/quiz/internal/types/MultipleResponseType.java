package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * Any number of answers out of several, graded the Moodle way. Data, as for {@link SingleChoiceType}:
 * <pre>{"options": [{"id": "...", "text": "...", "fraction": 0.5, "feedback": "..."}, ...]}</pre>
 * where the right options' fractions add up to 1 and a wrong option may carry a negative one. Response:
 * {@code {"choices": [ids]}}, each id once; an empty list is a well-formed "none of them", worth 0.
 *
 * <p>The grade is the sum of the chosen options' fractions, clamped to 0..1: choosing everything earns the
 * right options' 1 plus the wrong options' negative weights, so it is only worth full credit when the author
 * gave the wrong options no penalty (as in Moodle, that is the author's choice). The feedback is the chosen
 * options', in the data's order. A sum within 0.001 of 1 (or of 0) counts as exactly 1 (or 0), the same slack the
 * GIFT importer allows when weights such as 3 x 33.333% are meant to add up to 100%.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + MultipleResponseType.NAME)
public final class MultipleResponseType extends BuiltInType {

    static final String NAME = "multiple-response";

    private static final double SLACK = 0.001;

    public MultipleResponseType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        return ChoiceOption.present(NAME, slot, question, random);
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        chosen(question, response);
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        double sum = 0;
        List<String> feedback = new ArrayList<>();
        for (ChoiceOption o : chosen(question, response)) {
            sum += o.fraction();
            if (o.feedback() != null) {
                feedback.add(o.feedback());
            }
        }
        return Grade.of(snap(sum), feedback);
    }

    private static double snap(double sum) {
        if (Math.abs(sum - 1) < SLACK) {
            return 1;
        }
        return Math.abs(sum) < SLACK ? 0 : sum;
    }

    /** The chosen options in the data's order (not the response's), so that feedback reads the same every time. */
    private static List<ChoiceOption> chosen(QuestionDefinition question, JsonNode response) {
        Map<String, ChoiceOption> options = ChoiceOption.read(question, QuestionData.of(question, NAME));
        Set<String> ids = new HashSet<>(Responses.ids(response, "choices", options.keySet(), Responses.Noun.OPTION));
        List<ChoiceOption> chosen = new ArrayList<>();
        for (ChoiceOption o : options.values()) {
            if (ids.contains(o.id())) {
                chosen.add(o);
            }
        }
        return chosen;
    }
}
