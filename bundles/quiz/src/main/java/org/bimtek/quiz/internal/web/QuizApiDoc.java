package org.bimtek.quiz.internal.web;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The quiz endpoints' part of {@code /api/openapi.json}. */
@Component
public final class QuizApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(QuizApiDoc.class, "/openapi/quiz.json");
    }
}
