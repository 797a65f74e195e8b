package org.bimtek.api.course;

/** A lesson as the catalogue lists it; its HTML comes from {@link CourseCatalog#lesson}. */
public record Lesson(String id, Text title, String file, int minutes) {
}
