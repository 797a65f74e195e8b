package org.bimtek.events.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The event pages' style and the check-in page's camera script, at {@code /acara-aset/}. */
@Component(service = EventsAssets.class)
@HttpWhiteboardResource(pattern = "/acara-aset/*", prefix = "/web")
public final class EventsAssets {
}
