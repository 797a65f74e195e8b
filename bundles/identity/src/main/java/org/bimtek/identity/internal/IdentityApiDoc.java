package org.bimtek.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The auth endpoints' part of {@code /api/openapi.json}. */
@Component
public final class IdentityApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        try (InputStream in = IdentityApiDoc.class.getResourceAsStream("/openapi/identity.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
