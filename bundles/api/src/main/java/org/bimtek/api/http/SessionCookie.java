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
