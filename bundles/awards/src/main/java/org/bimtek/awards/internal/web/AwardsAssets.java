package org.bimtek.awards.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The award pages' style, at {@code /penghargaan-aset/}. */
@Component(service = AwardsAssets.class)
@HttpWhiteboardResource(pattern = "/penghargaan-aset/*", prefix = "/web")
public final class AwardsAssets {
}
