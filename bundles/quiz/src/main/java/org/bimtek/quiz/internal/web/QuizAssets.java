package org.bimtek.quiz.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The quiz page's script and style, served from this bundle at {@code /kuis-aset/}. */
@Component(service = QuizAssets.class)
@HttpWhiteboardResource(pattern = "/kuis-aset/*", prefix = "/web")
public final class QuizAssets {
}
