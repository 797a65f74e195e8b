package org.bimtek.api.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of a course that another bundle owns: the quiz engine reads {@code "quizzes"},
 * practice work reads {@code "tasks"}. The course platform hands such a section of
 * {@code course.json} to the service registered for it, so that its checks are part of
 * validating the course (a course whose quiz does not parse is refused, naming the file and
 * line), and tells it when a course version joins or leaves the catalogue.
 *
 * <p>A course whose section has no service yet still loads; the section is offered when
 * its service appears. Implementations used by the instructors' tool outside the server
 * are also found through {@link java.util.ServiceLoader}, so {@link #check} must work
 * without OSGi.
 */
@ConsumerType
public interface CourseSection {

    /** The descriptor field this service reads, e.g. {@code quizzes}; also the key under which a course lists its items. */
    String name();

    /** The problems of the section, each with its file and line; empty when it is fine. */
    List<Problem> check(CourseContent content, JsonNode section);

    /** This version of the course joined the catalogue (it passed {@link #check}). Called off the framework thread. */
    default void added(Course course, CourseContent content, JsonNode section) {
    }

    /** This version of the course left the catalogue (its bundle stopped or was removed). */
    default void removed(Course course) {
    }

    /** What the course lists of this section, in order: its quizzes, its tasks. */
    default List<SectionItem> items(String courseId, Locale locale) {
        return List.of();
    }

    /**
     * Work in progress that removing the course would cut short, as sentences for the
     * administrator about to remove it ("3 percobaan kuis masih berjalan"); empty when none.
     */
    default List<String> openWork(String courseId, Locale locale) {
        return List.of();
    }
}
