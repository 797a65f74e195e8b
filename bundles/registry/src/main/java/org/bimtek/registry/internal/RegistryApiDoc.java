package org.bimtek.registry.internal;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The registry endpoints' part of {@code /api/openapi.json}. */
@Component
public final class RegistryApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(RegistryApiDoc.class, "/openapi/registry.json");
    }
}
