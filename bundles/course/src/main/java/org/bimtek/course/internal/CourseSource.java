package org.bimtek.course.internal;

import java.io.IOException;
import java.util.Optional;

/**
 * The files of one course, wherever they are: inside a bundle, an uploaded jar, or an
 * instructor's folder. Paths are relative to the course folder (the folder holding
 * the descriptor), with {@code /} separators.
 */
interface CourseSource {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /** How the source is called in messages: a bundle name, a jar or folder path. */
    String name();
}
