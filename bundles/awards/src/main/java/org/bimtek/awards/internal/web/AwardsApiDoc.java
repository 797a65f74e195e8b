package org.bimtek.awards.internal.web;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The awards' part of {@code /api/openapi.json}. */
@Component
public final class AwardsApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(AwardsApiDoc.class, "/openapi/awards.json");
    }
}
