package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;

/**
 * What the eight built-in types share: the name, and {@code check} as "read the response the
 * way {@code grade} does and report what is wrong", so the two can never disagree.
 */
abstract class BuiltInType implements QuestionType {

    private final String name;

    BuiltInType(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Optional<String> check(QuestionDefinition question, JsonNode response) {
        try {
            read(question, response);
            return Optional.empty();
        } catch (MalformedResponse e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Reads the question's data and the response as grading does; throws MalformedResponse when the response is not well-formed. */
    abstract void read(QuestionDefinition question, JsonNode response);
}
