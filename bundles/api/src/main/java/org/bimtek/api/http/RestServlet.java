package org.bimtek.api.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every feature bundle's REST servlet: routes by method and path, looks up the
 * session, enforces login, roles and CSRF, reads and writes JSON, and turns every
 * failure into the JSON error shape. A subclass only declares its routes:
 *
 * <pre>
 * get("/api/courses/{id}", call -&gt; courses.get(call.path("id")));
 * post("/api/auth/login", this::login).open();
 * </pre>
 *
 * No stack trace ever reaches a client: an unexpected failure is logged with an
 * incident id, and the client gets that id.
 */
public abstract class RestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RestServlet.class);

    /** What a handler returns when it wrote the response itself (a file, a redirect). */
    public static final Object WRITTEN = new Object();

    /** A route's code. */
    @FunctionalInterface
    public interface Handler {
        /** Returns the JSON body; {@code null} for 204 No Content. */
        Object handle(Call call) throws Exception;
    }

    /** One route; public ones and role-restricted ones say so when declared. */
    public static final class Route {
        private final String method;
        private final String template;
        private final Pattern pattern;
        private final List<String> names = new ArrayList<>();
        private final Handler handler;
        private boolean open;
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        Route(String method, String template, Handler handler) {
            this.method = method;
            this.template = template;
            this.handler = handler;
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            this.pattern = Pattern.compile(regex.toString());
        }

        /** Callable without logging in. */
        public Route open() {
            this.open = true;
            return this;
        }

        /** Only for users holding one of these roles. */
        public Route roles(Role first, Role... more) {
            this.roles = EnumSet.of(first, more);
            return this;
        }

        Map<String, String> match(String path) {
            Matcher m = pattern.matcher(path);
            if (!m.matches()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), m.group(i + 1));
            }
            return values;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final transient SessionService sessions;
    private final transient List<Route> routes = new ArrayList<>();

    protected RestServlet(SessionService sessions) {
        this.sessions = sessions;
    }

    protected Route get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    protected Route post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    protected Route put(String template, Handler handler) {
        return add("PUT", template, handler);
    }

    protected Route delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    private Route add(String method, String template, Handler handler) {
        Route route = new Route(method, template, handler);
        routes.add(route);
        return route;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            dispatch(request, response);
        } catch (ApiException e) {
            writeError(response, e);
        } catch (RuntimeException | Error e) {
            if (isContention(e)) {
                // Contention, not a fault: the client is told to try again, and nothing was half-written.
                LOG.warn("Database busy on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
                writeError(response, ApiException.busy("Server sedang sibuk; coba lagi sebentar lagi.", java.time.Duration.ofSeconds(1)));
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
            writeError(response, new ApiException(500, "internal_error",
                    "Terjadi kesalahan pada server. Sebutkan kode insiden " + incident + " kepada pengelola.",
                    Map.of("incident", incident)));
        }
    }

    /** Whether the database gave up on the request for now (lock timeout, deadlock), however deep it is wrapped. */
    private static boolean isContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage && storage.isTransient()) {
                return true;
            }
        }
        return false;
    }

    private void dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = pathOf(request);
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> values = route.match(path);
            if (values == null) {
                continue;
            }
            if (!route.method.equals(request.getMethod())
                    && !("HEAD".equals(request.getMethod()) && "GET".equals(route.method))) {
                allowed.add(route.method);
                continue;
            }
            invoke(route, values, request, response);
            return;
        }
        if (!allowed.isEmpty()) {
            response.setHeader("Allow", String.join(", ", allowed));
            throw new ApiException(405, "method_not_allowed",
                    "Metode " + request.getMethod() + " tidak didukung di sini; gunakan " + String.join(", ", allowed) + ".", null);
        }
        throw ApiException.notFound("Alamat API tidak ditemukan: " + path);
    }

    private void invoke(Route route, Map<String, String> values, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Session session = currentSession(request).orElse(null);
        if (!route.open && session == null) {
            throw ApiException.unauthorized("Silakan masuk terlebih dahulu.");
        }
        if (!route.roles.isEmpty() && (session == null || !session.user().hasAnyRole(route.roles))) {
            throw ApiException.forbidden("Anda tidak berhak melakukan ini.");
        }
        if (Csrf.isStateChanging(request)) {
            if (session != null && !route.open && !Csrf.tokenMatches(request, session)) {
                throw new ApiException(403, "csrf_token_invalid",
                        "Token CSRF tidak ada atau tidak cocok. Kirim header X-CSRF-Token dari respons login atau /api/auth/me.", null);
            }
            if (!Csrf.originAllowed(request)) {
                throw new ApiException(403, "cross_origin_refused", "Permintaan dari situs lain ditolak.", null);
            }
        }
        Call call = new Call(request, response, values, session);
        Object body;
        try {
            body = route.handler.handle(call);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (IOException e) {
            // The client went away mid-response: nothing to tell it.
            LOG.debug("I/O error answering {}: {}", route, e.toString());
            return;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (body == WRITTEN) {
            return;
        }
        if (body == null) {
            response.setStatus(call.status() == 200 ? 204 : call.status());
            return;
        }
        writeJson(response, call.status(), body);
    }

    /** The session behind the request's cookie, if it is still valid. */
    protected Optional<Session> currentSession(HttpServletRequest request) {
        return SessionCookie.session(request, sessions);
    }

    private static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    public static void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Json.MAPPER.writeValue(response.getOutputStream(), body);
    }

    public static void writeError(HttpServletResponse response, ApiException e) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (e.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        if (e.status() == 413) {
            // The unread rest of a refused upload is not worth waiting for: answer now and
            // close, instead of letting the server drain gigabytes first.
            response.setHeader("Connection", "close");
        }
        writeJson(response, e.status(), Json.error(e.code(), e.getMessage(), e.details()));
        if (e.status() == 413) {
            response.flushBuffer();
        }
    }
}
