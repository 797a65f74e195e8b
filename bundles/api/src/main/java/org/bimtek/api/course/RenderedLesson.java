package org.bimtek.api.course;

/**
 * A lesson ready to show: sanitised HTML (no raw HTML or script from the course survives),
 * and its neighbours in reading order (null at either end).
 */
public record RenderedLesson(Course course, Lesson lesson, String html, Lesson previous, Lesson next) {
}
