package org.bimtek.quiz.internal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * The eight types as services: the component descriptions bnd writes from the {@code @Component} annotations
 * register each under {@link QuestionType} with its name as {@link QuestionType#TYPE_PROPERTY}, which the quiz
 * engine looks types up by.
 */
class ComponentsTest {

    static final List<QuestionType> TYPES = List.of(new SingleChoiceType(), new MultipleResponseType(), new TrueFalseType(),
            new ShortAnswerType(), new NumericalType(), new MatchingType(), new OrderingType(), new EssayType());

    @Test
    void theEightNamesOfTheContract() {
        assertEquals(List.of("single-choice", "multiple-response", "true-false", "short-answer", "numerical", "matching",
                "ordering", "essay"), TYPES.stream().map(QuestionType::name).toList());
    }

    @Test
    void eachTypeIsAServiceWithItsNameAsTypeProperty() throws IOException {
        for (QuestionType type : TYPES) {
            String resource = "OSGI-INF/" + type.getClass().getName() + ".xml";
            String xml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource + " is missing: bnd-maven-plugin writes it when Maven builds the module");
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(xml.contains("<property name=\"" + QuestionType.TYPE_PROPERTY + "\" type=\"String\" value=\""
                    + type.name() + "\"/>"), xml);
            assertTrue(xml.contains("<provide interface=\"" + QuestionType.class.getName() + "\"/>"), xml);
        }
    }

    @Test
    void theLeakCheckNoticesALeak() {
        ClientQuestion leaky = new ClientQuestion(1, "single-choice", "?", "moodle",
                List.of(new ClientOption("a", "where (fraction 1)")), List.of());
        assertThrows(AssertionError.class, () -> Fixtures.assertNoLeak(leaky));
        ClientQuestion secret = new ClientQuestion(1, "single-choice", "?", "moodle", List.of(new ClientOption("a", "Tepat.")),
                List.of());
        assertThrows(AssertionError.class, () -> Fixtures.assertNoLeak(secret, "Tepat"));
    }
}
