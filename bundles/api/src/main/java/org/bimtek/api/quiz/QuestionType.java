package org.bimtek.api.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of question: how it is shown and how a response to it is checked and graded.
 * The eight built-in types implement it, and a bundle deployed later adds a new type
 * (say, "tap the rule-of-thirds point on this photo") by registering one as a service
 * with the {@link #TYPE_PROPERTY} property set to its name.
 *
 * <p>Responses are JSON objects, one shape per type: {@code {"choice": id}} (single
 * choice; true/false with the ids {@code true} and {@code false}), {@code {"choices": [ids]}},
 * {@code {"text": s}} (short answer, essay), {@code {"number": x}},
 * {@code {"pairs": {itemId: optionId}}}, {@code {"order": [ids]}}.
 */
@ConsumerType
public interface QuestionType {

    /** Service property naming the type, the same as {@link #name()}. */
    String TYPE_PROPERTY = "bimtek.question.type";

    /** The type's name, e.g. {@code single-choice}; the value of {@link QuestionDefinition#type()}. */
    String name();

    /**
     * What the browser is shown in slot {@code slot}: options in an order drawn from
     * {@code random} when the quiz shuffles (null when it does not), ids opaque.
     */
    ClientQuestion present(int slot, QuestionDefinition question, RandomGenerator random);

    /** Why {@code response} is not a well-formed response to this question, or empty when it is. */
    Optional<String> check(QuestionDefinition question, JsonNode response);

    /** Grades a well-formed response. */
    Grade grade(QuestionDefinition question, JsonNode response);
}
