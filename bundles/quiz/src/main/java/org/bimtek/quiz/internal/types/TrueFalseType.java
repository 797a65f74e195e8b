package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;

/**
 * A statement that is right or wrong. Data:
 * <pre>{"answer": true, "trueFeedback": "...", "falseFeedback": "..."}</pre>
 * where {@code trueFeedback} is shown to whoever answers "true", right or not, and {@code falseFeedback} to
 * whoever answers "false" (both optional). Response: {@code {"choice": "true"}} or {@code {"choice": "false"}}.
 * The grade is 1 for the right answer, 0 for the other.
 *
 * <p>The options are always "Benar" then "Salah", shuffling or not: the pair has a conventional order, and
 * swapping it from question to question only trips readers up.
 */
@Component(service = QuestionType.class, property = QuestionType.TYPE_PROPERTY + "=" + TrueFalseType.NAME)
public final class TrueFalseType extends BuiltInType {

    static final String NAME = "true-false";
    static final String TRUE = "true";
    static final String FALSE = "false";

    private static final List<ClientOption> OPTIONS = List.of(new ClientOption(TRUE, "Benar"), new ClientOption(FALSE, "Salah"));

    public TrueFalseType() {
        super(NAME);
    }

    @Override
    public ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random) {
        answer(question);
        return new ClientQuestion(slot, NAME, question.text(), question.format(), OPTIONS, List.of());
    }

    @Override
    void read(QuestionDefinition question, JsonNode response) {
        answer(question);
        chosen(response);
    }

    @Override
    public Grade grade(QuestionDefinition question, JsonNode response) {
        boolean answer = answer(question);
        boolean chosen = chosen(response);
        String feedback = QuestionData.optionalText(question, question.data(), chosen ? "trueFeedback" : "falseFeedback");
        return Grade.of(chosen == answer ? 1 : 0, feedback == null ? List.of() : List.of(feedback));
    }

    private static boolean answer(QuestionDefinition question) {
        JsonNode answer = QuestionData.of(question, NAME).path("answer");
        if (!answer.isBoolean()) {
            throw QuestionData.broken(question, "\"answer\" must be true or false");
        }
        return answer.booleanValue();
    }

    private static boolean chosen(JsonNode response) {
        return TRUE.equals(Responses.id(response, "choice", Set.of(TRUE, FALSE), Responses.Noun.OPTION));
    }
}
