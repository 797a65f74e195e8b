package org.bimtek.certification.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The certificate pages' small script (copy the verification link) and style, at {@code /sertifikat-aset/}. */
@Component(service = CertificationAssets.class)
@HttpWhiteboardResource(pattern = "/sertifikat-aset/*", prefix = "/web")
public final class CertificationAssets {
}
