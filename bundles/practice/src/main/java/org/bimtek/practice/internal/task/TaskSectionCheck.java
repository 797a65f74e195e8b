package org.bimtek.practice.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.Problem;

/**
 * The task checks alone, without a server: found through {@link java.util.ServiceLoader} by the instructors'
 * {@code bin/bimtek-course validate}, so that it refuses exactly what the server refuses.
 */
public class TaskSectionCheck implements CourseSection {

    public static final String SECTION = "tasks";

    @Override
    public String name() {
        return SECTION;
    }

    @Override
    public List<Problem> check(CourseContent content, JsonNode section) {
        return TaskReader.read(content, section, courseId(content), "0.0.0").problems();
    }

    static String courseId(CourseContent content) {
        try {
            return new ObjectMapper().readTree(content.descriptor()).path("id").asText("course");
        } catch (java.io.IOException e) {
            return "course";
        }
    }
}
