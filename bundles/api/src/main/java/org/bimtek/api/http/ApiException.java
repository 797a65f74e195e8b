package org.bimtek.api.http;

import java.time.Duration;

/**
 * An error that reaches the client as {@code {"error": {"code", "message", "details"}}}
 * with its HTTP status. Messages are written for the person in front of the page, in
 * Indonesian; {@code code} is the stable, machine-readable part.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Object details;
    private final Duration retryAfter;

    public ApiException(int status, String code, String message, Object details) {
        this(status, code, message, details, null);
    }

    private ApiException(int status, String code, String message, Object details, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
        this.retryAfter = retryAfter;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message, null);
    }

    public static ApiException badRequest(String code, String message, Object details) {
        return new ApiException(400, code, message, details);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        return new ApiException(429, "too_many_requests", message,
                java.util.Map.of("retryAfterSeconds", retryAfter.toSeconds()), retryAfter);
    }

    /** 503 with Retry-After: the server is at capacity for this kind of request, and says when to come back. */
    public static ApiException busy(String message, Duration retryAfter) {
        return new ApiException(503, "busy", message, java.util.Map.of("retryAfterSeconds", retryAfter.toSeconds()), retryAfter);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object details() {
        return details;
    }

    /** Sent as a {@code Retry-After} header when set. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
