package org.bimtek.practice.internal.upload;

/** A refused upload step, with the HTTP status the tus protocol gives it and the offset to tell the client. */
public final class UploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long offset;

    public UploadException(int status, String code, String message, long offset) {
        super(message);
        this.status = status;
        this.code = code;
        this.offset = offset;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offset the server holds, or -1 when it does not apply. */
    public long offset() {
        return offset;
    }
}
