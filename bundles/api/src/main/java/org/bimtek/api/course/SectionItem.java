package org.bimtek.api.course;

/**
 * One thing a course section lists: a quiz, a practice task. {@code kind} may be null;
 * {@code page} is the path of its page on this server.
 */
public record SectionItem(String id, String title, String kind, String page) {
}
