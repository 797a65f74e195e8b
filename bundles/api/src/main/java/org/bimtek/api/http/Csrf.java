package org.bimtek.api.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;

/**
 * CSRF rules, the same for the REST API and the server-rendered forms.
 * <ul>
 * <li>A state-changing request made with a session must carry that session's CSRF
 * token, in the {@code X-CSRF-Token} header or the {@code _csrf} form field.</li>
 * <li>A state-changing request without a session (the login) must not come from a
 * foreign origin: when the browser sends {@code Origin}, it must be our own.</li>
 * </ul>
 * The session cookie is also SameSite=Lax, so a cross-site POST does not carry it at all;
 * the token is the defence in depth that does not rely on the browser.
 */
public final class Csrf {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private Csrf() {
    }

    public static boolean isStateChanging(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    /** True when the request carries the session's token. */
    public static boolean tokenMatches(HttpServletRequest request, Session session) {
        String sent = request.getHeader(SessionService.CSRF_HEADER);
        if (sent == null && isForm(request)) {
            sent = request.getParameter(SessionService.CSRF_FIELD);
        }
        return sent != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    /** False only when the browser says the request comes from another site. */
    public static boolean originAllowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        if ("null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(originHost)
                    || host.equalsIgnoreCase(uri.getHost() + ":" + defaultPort(uri.getScheme())));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
