package org.bimtek.course.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.Problem;

/**
 * The outcome of reading a course: the course with every lesson rendered and the media
 * files it uses, or the problems that keep it out. Lessons are rendered once, here,
 * so that serving a lesson costs no Markdown work.
 */
record LoadedCourse(Course course, Map<String, String> lessonHtml, Set<String> media, List<Problem> problems) {

    static LoadedCourse refused(List<Problem> problems) {
        return new LoadedCourse(null, Map.of(), Set.of(), List.copyOf(problems));
    }

    boolean isValid() {
        return problems.isEmpty();
    }
}
