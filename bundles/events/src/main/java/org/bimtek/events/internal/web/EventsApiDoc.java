package org.bimtek.events.internal.web;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** Events' part of {@code /api/openapi.json}. */
@Component
public final class EventsApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return OpenApiContributor.fromResource(EventsApiDoc.class, "/openapi/events.json");
    }
}
