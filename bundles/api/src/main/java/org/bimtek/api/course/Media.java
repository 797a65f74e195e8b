package org.bimtek.api.course;

import java.io.IOException;
import java.io.InputStream;

/**
 * A media file of a course (an image, a short video, a PDF): what HTTP needs to serve it,
 * and a way to stream it, so that a large video is never held in memory whole.
 */
public record Media(String contentType, long length, String etag, Content content) {

    /** Opens the file from its start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
