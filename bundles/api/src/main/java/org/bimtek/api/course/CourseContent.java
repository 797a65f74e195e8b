package org.bimtek.api.course;

import java.io.IOException;
import java.util.Optional;

/**
 * The files of one course as a {@link CourseSection} sees them, wherever they are: in an
 * installed bundle, an uploaded jar, or an instructor's folder. Paths are relative to the
 * folder holding {@code course.json}, with {@code /} separators.
 */
public interface CourseContent {

    /** The file's bytes, or empty when there is no such file (or the path leaves the course folder). */
    Optional<byte[]> read(String path) throws IOException;

    /** The text of {@code course.json}, for reporting problems in it with their line. */
    String descriptor();

    /** The 1-based line of {@code course.json} where {@code needle} first occurs, 0 when it does not. */
    default int descriptorLine(String needle) {
        return lineOf(descriptor(), needle);
    }

    /** The 1-based line of {@code text} where {@code needle} first occurs, 0 when it does not. */
    static int lineOf(String text, String needle) {
        int index = needle == null ? -1 : text.indexOf(needle);
        if (index < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
