package org.bimtek.course.internal;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The course endpoints' part of {@code /api/openapi.json}. */
@Component
public final class CourseApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(CourseApiDoc.class, "/openapi/course.json");
    }
}
