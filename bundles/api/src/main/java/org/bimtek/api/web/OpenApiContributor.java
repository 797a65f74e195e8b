package org.bimtek.api.web;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's part of the OpenAPI document. The web shell merges the {@code paths} and
 * {@code components/schemas} of every contributor into {@code /api/openapi.json}, so the
 * document stays complete as modules come and go.
 */
@ConsumerType
public interface OpenApiContributor {

    /** An OpenAPI 3 fragment as JSON text: an object with {@code paths} and optionally {@code components}. */
    String openApiFragment();
}
