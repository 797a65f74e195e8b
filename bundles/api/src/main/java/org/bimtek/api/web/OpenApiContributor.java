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

    /** Reads a fragment kept as a resource of the contributing bundle, e.g. {@code /openapi/course.json}. */
    static String fromResource(Class<?> owner, String path) {
        try (java.io.InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No OpenAPI fragment at " + path + " in " + owner.getName());
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
