package org.bimtek.api.course;

import java.util.List;

/** A module of a course: an ordered group of lessons. */
public record CourseModule(String id, Text title, List<Lesson> lessons) {

    public CourseModule {
        lessons = List.copyOf(lessons);
    }
}
