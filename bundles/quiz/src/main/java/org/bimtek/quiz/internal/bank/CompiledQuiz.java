package org.bimtek.quiz.internal.bank;

import java.util.List;
import java.util.Map;
import org.bimtek.api.quiz.QuestionDefinition;

/** A quiz of one course version, ready to start attempts from: its settings and its questions by category, in file order. */
public record CompiledQuiz(String courseId, String courseVersion, QuizSpec spec, Map<String, List<QuestionDefinition>> categories) {

    public CompiledQuiz {
        categories = Map.copyOf(categories);
    }

    public String id() {
        return spec.id();
    }
}
