package org.bimtek.api.course;

/** A media file of a course (an image, a short video, a PDF) with what HTTP caching needs. */
public record Media(String contentType, byte[] bytes, String etag) {
}
