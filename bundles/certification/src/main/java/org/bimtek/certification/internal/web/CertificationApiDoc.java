package org.bimtek.certification.internal.web;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** Certification's part of {@code /api/openapi.json}. */
@Component
public final class CertificationApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(CertificationApiDoc.class, "/openapi/certification.json");
    }
}
