package org.bimtek.course.internal;

import java.io.IOException;
import java.util.Optional;
import org.bimtek.api.course.CourseContent;

/** A course's files as a {@link org.bimtek.api.course.CourseSection} reads them: paths that leave the course folder find nothing. */
record SectionContent(CourseSource source, String descriptor) implements CourseContent {

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        String inside = path == null ? null : LessonRenderer.normalise("", path);
        return inside == null ? Optional.empty() : source.read(inside);
    }
}
