package org.bimtek.course.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Problem;

/**
 * The outcome of reading a course: the course with every lesson rendered, the media files it
 * uses (path and size) and the sections other bundles own (by name, with the files they read),
 * or the problems that keep it out. Lessons are rendered once, here, so that serving a lesson
 * costs no Markdown work.
 */
record LoadedCourse(Course course, Map<String, String> lessonHtml, Map<String, Long> media, Map<String, JsonNode> sections,
        CourseContent content, List<Problem> problems) {

    static LoadedCourse refused(List<Problem> problems) {
        return new LoadedCourse(null, Map.of(), Map.of(), Map.of(), null, List.copyOf(problems));
    }

    boolean isValid() {
        return problems.isEmpty();
    }
}
