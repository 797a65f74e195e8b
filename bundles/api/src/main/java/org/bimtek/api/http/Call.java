package org.bimtek.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.User;

/** One API request as a handler sees it: path parameters, the session, the JSON body. */
public final class Call {

    /** Largest JSON body read; larger ones get 413. */
    public static final int MAX_JSON_BYTES = 1 << 20;

    /** The cookie the page's language switch sets. */
    public static final String LANGUAGE_COOKIE = "bimtek_lang";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> pathParameters;
    private final Session session;
    private int status = 200;

    Call(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathParameters, Session session) {
        this.request = request;
        this.response = response;
        this.pathParameters = pathParameters;
        this.session = session;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    /** A query parameter, or {@code fallback}. */
    public String query(String name, String fallback) {
        String value = request.getParameter(name);
        return value == null ? fallback : value;
    }

    /**
     * The language of texts in the answer: English with {@code ?lang=en} or the language switch's cookie,
     * Indonesian otherwise.
     */
    public Locale language() {
        String wanted = query("lang", null);
        if (wanted == null && request.getCookies() != null) {
            for (javax.servlet.http.Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    wanted = cookie.getValue();
                }
            }
        }
        return "en".equals(wanted) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The logged-in user; the router has already refused anonymous calls to protected routes. */
    public User user() {
        if (session == null) {
            throw ApiException.unauthorized("Silakan masuk terlebih dahulu.");
        }
        return session.user();
    }

    public void requireRole(Role role) {
        if (!user().hasRole(role)) {
            throw ApiException.forbidden("Anda tidak berhak melakukan ini.");
        }
    }

    /** The status sent with the returned body; 200 unless a handler says otherwise. */
    public Call status(int status) {
        this.status = status;
        return this;
    }

    int status() {
        return status;
    }

    /**
     * Reads the JSON body into {@code type}. Refuses a body that is not JSON, is too
     * large, or is malformed, each with its own 4xx.
     */
    public <T> T body(Class<T> type) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "Isi permintaan harus berupa JSON (Content-Type: application/json).", null);
        }
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw tooLarge();
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("invalid_json", "Isi permintaan kosong; JSON diperlukan.");
            }
            T value = Json.MAPPER.readValue(bytes, type);
            if (value == null) {
                throw ApiException.badRequest("invalid_json", "Isi permintaan kosong; JSON diperlukan.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_json", "JSON tidak valid: " + e.getOriginalMessage(),
                    Map.of("line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "Isi permintaan tidak dapat dibaca.");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Isi permintaan terlalu besar (maksimum 1 MB).", null);
    }

    /** The client's address, for the audit log. */
    public String clientAddress() {
        return request.getRemoteAddr();
    }
}
