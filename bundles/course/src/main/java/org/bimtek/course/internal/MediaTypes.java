package org.bimtek.course.internal;

import java.util.Locale;
import java.util.Map;

/** The media a course may carry, by file extension. */
final class MediaTypes {

    private static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "webp", "image/webp", "gif", "image/gif", "mp4", "video/mp4", "webm", "video/webm", "pdf", "application/pdf");

    private MediaTypes() {
    }

    /** The content type, or null for a file type courses may not carry. */
    static String of(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isVideo(String path) {
        String type = of(path);
        return type != null && type.startsWith("video/");
    }

    static boolean isImage(String path) {
        String type = of(path);
        return type != null && type.startsWith("image/");
    }
}
