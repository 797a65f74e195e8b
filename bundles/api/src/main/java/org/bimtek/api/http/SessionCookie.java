package org.bimtek.api.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;

/**
 * Reads and writes the session cookie. Written as a raw header because the Servlet 4
 * Cookie class cannot say SameSite.
 */
public final class SessionCookie {

    private SessionCookie() {
    }

    private static final String REQUEST_ATTRIBUTE = SessionCookie.class.getName() + ".session";

    /**
     * The session behind the request's cookie, looked up once per request: the page frame,
     * the page and the API helper all ask, and each lookup may cost a query.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Session> session(HttpServletRequest request, SessionService sessions) {
        Object cached = request.getAttribute(REQUEST_ATTRIBUTE);
        if (cached instanceof Optional<?> known) {
            return (Optional<Session>) known;
        }
        Optional<Session> session = token(request).flatMap(sessions::find);
        request.setAttribute(REQUEST_ATTRIBUTE, session);
        return session;
    }

    /**
     * The session of a page request; without one the browser is sent to the login page, which brings it back here
     * afterwards, and the result is empty (the response is then already written).
     */
    public static Optional<Session> sessionOrLogin(HttpServletRequest request, javax.servlet.http.HttpServletResponse response,
            SessionService sessions) throws java.io.IOException {
        Optional<Session> session = session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=" + java.net.URLEncoder.encode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return session;
    }

    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (SessionService.COOKIE_NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, Session session) {
        long maxAge = Math.max(0, Duration.between(Instant.now(), session.expiresAt()).toSeconds());
        response.addHeader("Set-Cookie", SessionService.COOKIE_NAME + "=" + session.token()
                + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", SessionService.COOKIE_NAME
                + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
    }
}
