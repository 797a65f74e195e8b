package org.bimtek.modules.internal;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The module endpoints' part of {@code /api/openapi.json}. */
@Component
public final class ModulesApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(ModulesApiDoc.class, "/openapi/modules.json");
    }
}
