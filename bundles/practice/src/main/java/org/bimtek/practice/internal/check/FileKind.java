package org.bimtek.practice.internal.check;

/**
 * The kinds of practice files a trainee may hand in. The kind is decided by
 * {@link MagicBytes} from the file's content, never from its name or the
 * browser's Content-Type, because both are easy to get wrong or to fake.
 */
public enum FileKind {
    JPEG("image/jpeg"),
    PNG("image/png"),
    MP4("video/mp4"),
    MOV("video/quicktime"),
    WEBM("video/webm");

    private final String mimeType;

    FileKind(String mimeType) {
        this.mimeType = mimeType;
    }

    /** The MIME type to store and to send back when the file is served. */
    public String mimeType() {
        return mimeType;
    }

    public boolean isVideo() {
        return this == MP4 || this == MOV || this == WEBM;
    }
}
