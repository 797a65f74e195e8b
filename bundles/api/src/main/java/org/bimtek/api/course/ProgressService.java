package org.bimtek.api.course;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Learners' progress, stored by course id and lesson id, never by bundle: a course that
 * is uninstalled and installed again finds its learners where they were.
 */
@ProviderType
public interface ProgressService {

    /**
     * Records that the learner opened the lesson (and resumes there next time), writing
     * only when that changes something; returns whether the learner has completed it.
     */
    boolean opened(long userId, String courseId, String lessonId);

    /** Records that the learner completed the lesson; idempotent. */
    void completed(long userId, String courseId, String lessonId);

    CourseProgress progress(long userId, Course course);

    /** Progress in every listed course at once (one query, for the catalogue). */
    Map<String, CourseProgress> progress(long userId, java.util.Collection<Course> courses);
}
