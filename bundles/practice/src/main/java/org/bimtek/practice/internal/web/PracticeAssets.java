package org.bimtek.practice.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The practice pages' script (autosave, resumable uploads) and style, at {@code /praktik-aset/}. */
@Component(service = PracticeAssets.class)
@HttpWhiteboardResource(pattern = "/praktik-aset/*", prefix = "/web")
public final class PracticeAssets {
}
