package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * One answer out of several. Data:
 * <pre>{"options": [{"id": "3f9a0c1b2d", "text": "where", "fraction": 1, "feedback": "Benar, ..."}, ...]}</pre>
 * ({@link ChoiceOption}: fraction -1..1, 0 when missing; feedback optional). Response: {@code {"choice": id}}.
 * The grade is the chosen option's fraction, a negative one counting as 0, with that option's feedback.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + SingleChoiceType.NAME)
public final class SingleChoiceType extends BuiltInType {

    static final String NAME = "single-choice";

    public SingleChoiceType() {
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
        ChoiceOption chosen = chosen(question, response);
        return Grade.of(chosen.fraction(), chosen.feedback() == null ? List.of() : List.of(chosen.feedback()));
    }

    private static ChoiceOption chosen(QuestionDefinition question, JsonNode response) {
        Map<String, ChoiceOption> options = ChoiceOption.read(question, QuestionData.of(question, NAME));
        return options.get(Responses.id(response, "choice", options.keySet(), Responses.Noun.OPTION));
    }
}
