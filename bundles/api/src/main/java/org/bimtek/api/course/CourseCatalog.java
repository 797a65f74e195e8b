package org.bimtek.api.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The courses of every course bundle active right now. When two bundles carry the same
 * course id, the higher version is the course.
 */
@ProviderType
public interface CourseCatalog {

    /** The manifest header that makes a bundle a course bundle; its value is the descriptor's path. */
    String COURSE_HEADER = "Bimtek-Course";

    List<Course> courses();

    Optional<Course> course(String courseId);

    Optional<RenderedLesson> lesson(String courseId, String lessonId);

    /** A media file by its path inside the course folder, e.g. {@code media/piramida.svg}. */
    Optional<Media> media(String courseId, String path);

    /** The validation errors of course bundles that were refused, by bundle symbolic name. */
    Map<String, List<Problem>> problems();
}
