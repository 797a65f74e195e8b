package org.bimtek.api.course;

import java.util.List;
import java.util.Optional;

/**
 * A course, as read from its bundle's descriptor. {@code id} is stable across versions:
 * progress and certificates refer to it, never to the bundle.
 */
public record Course(String id, String version, Text title, String area, Tier tier, Text summary,
        List<CourseModule> modules, String bundleSymbolicName) {

    public Course {
        modules = List.copyOf(modules);
    }

    /** Every lesson in reading order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
