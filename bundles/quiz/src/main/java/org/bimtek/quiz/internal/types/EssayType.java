package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * A free text that an instructor grades. Data: {@code {}} (the grading guidance, if any, is the question's
 * general feedback). Response: {@code {"text": s}}; an empty text is well-formed. The grade is always
 * {@link Grade#awaitingInstructor()}.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + EssayType.NAME)
public final class EssayType extends BuiltInType {

    static final String NAME = "essay";

    public EssayType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        QuestionData.of(question, NAME);
        return new ClientQuestion(slot, NAME, question.text(), question.format(), List.of(), List.of());
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        QuestionData.of(question, NAME);
        Responses.text(response, "text");
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        read(question, response);
        return Grade.awaitingInstructor();
    }
}
