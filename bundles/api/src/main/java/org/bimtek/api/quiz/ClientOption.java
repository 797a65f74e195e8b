package org.bimtek.api.quiz;

/** An option (or a matching item) as the browser sees it: an opaque id and its text, nothing else. */
public record ClientOption(String id, String text) {
}
