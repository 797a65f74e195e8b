package org.bimtek.identity.internal;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The auth endpoints' part of {@code /api/openapi.json}. */
@Component
public final class IdentityApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(IdentityApiDoc.class, "/openapi/identity.json");
    }
}
