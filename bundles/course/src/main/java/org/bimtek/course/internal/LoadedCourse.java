package org.bimtek.course.internal;

import java.util.List;
import java.util.Map;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.Problem;

/**
 * The outcome of reading a course: the course with every lesson rendered and the media
 * files it uses (path and size), or the problems that keep it out. Lessons are rendered once, here,
 * so that serving a lesson costs no Markdown work.
 */
record LoadedCourse(Course course, Map<String, String> lessonHtml, Map<String, Long> media, List<Problem> problems) {

    static LoadedCourse refused(List<Problem> problems) {
        return new LoadedCourse(null, Map.of(), Map.of(), List.copyOf(problems));
    }

    boolean isValid() {
        return problems.isEmpty();
    }
}
