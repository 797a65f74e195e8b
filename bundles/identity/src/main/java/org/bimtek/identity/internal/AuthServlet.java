package org.bimtek.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.servlet.Servlet;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.LoginException;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/auth/*}: login, logout, and who am I. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-auth")
@HttpWhiteboardServletPattern("/api/auth/*")
public final class AuthServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    /** The login body. */
    public record Credentials(String username, String password) {
    }

    private final transient SessionService sessions;

    @Activate
    public AuthServlet(@Reference SessionService sessions) {
        super(sessions);
        this.sessions = sessions;
        post("/api/auth/login", this::login).open();
        post("/api/auth/logout", this::logout).open();
        get("/api/auth/me", call -> describe(call.session().orElseThrow()));
    }

    private Object login(Call call) {
        Credentials credentials = call.body(Credentials.class);
        if (credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null || credentials.password().isEmpty()) {
            throw ApiException.badRequest("missing_credentials", "Nama pengguna dan kata sandi wajib diisi.");
        }
        try {
            Session session = sessions.login(credentials.username(), credentials.password().toCharArray(), call.clientAddress());
            SessionCookie.set(call.request(), call.response(), session);
            return describe(session);
        } catch (LoginException e) {
            if (e.reason() == LoginException.Reason.THROTTLED) {
                throw ApiException.tooManyRequests(e.getMessage(), e.retryAfter());
            }
            if (e.reason() == LoginException.Reason.BUSY) {
                throw ApiException.busy(e.getMessage(), e.retryAfter());
            }
            throw new ApiException(401, "invalid_credentials", e.getMessage(),
                    e.retryAfter().isZero() ? null : Map.of("retryAfterSeconds", e.retryAfter().toSeconds()));
        }
    }

    private Object logout(Call call) {
        Optional<Session> session = call.session();
        if (session.isPresent()) {
            if (!Csrf.tokenMatches(call.request(), session.get())) {
                throw new ApiException(403, "csrf_token_invalid", "Token CSRF tidak ada atau tidak cocok.", null);
            }
            sessions.logout(session.get().token());
        }
        SessionCookie.clear(call.request(), call.response());
        return null;
    }

    static Map<String, Object> describe(Session session) {
        User user = session.user();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("username", user.username());
        body.put("displayName", user.displayName());
        body.put("roles", new TreeSet<>(user.roles().stream().map(Enum::name).toList()));
        body.put("csrfToken", session.csrfToken());
        body.put("expiresAt", session.expiresAt());
        return body;
    }
}
