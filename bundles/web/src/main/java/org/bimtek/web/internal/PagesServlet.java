package org.bimtek.web.internal;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.LoginException;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.web.Html;
import org.bimtek.api.web.MenuEntry;
import org.bimtek.api.web.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell's pages: home ({@code /}), login ({@code /masuk}), logout ({@code /keluar}),
 * the language switch ({@code /bahasa}), and the 404 page for any path no other servlet
 * claims. Plain HTML forms: the pages work without JavaScript on any phone.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-pages")
@HttpWhiteboardServletPattern("/")
public final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);

    private final transient ShellLayout layout;
    private final transient SessionService sessions;

    @Activate
    public PagesServlet(@Reference ShellLayout layout, @Reference SessionService sessions) {
        this.layout = layout;
        this.sessions = sessions;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        try {
            switch (request.getMethod() + " " + path) {
                case "GET /", "HEAD /" -> home(request, response);
                case "GET /masuk", "HEAD /masuk" -> loginPage(request, response, 200, null, "");
                case "POST /masuk" -> login(request, response);
                case "POST /keluar" -> logout(request, response);
                case "GET /bahasa" -> switchLanguage(request, response);
                default -> notFound(request, response);
            }
        } catch (RuntimeException e) {
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {} on page {} {}", incident, request.getMethod(), path, e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                Messages text = ShellMessages.of(layout.locale(request));
                layout.render(request, response, 500, text.get("error.title"),
                        "<h1>" + escape(text.get("error.title")) + "</h1><p>" + escape(text.get("error.text", incident)) + "</p>");
            }
        }
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = layout.session(request);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk");
            return;
        }
        Locale locale = layout.locale(request);
        Messages text = ShellMessages.of(locale);
        User user = session.get().user();
        String roles = user.roles().stream().sorted().map(r -> text.get("role." + r.name())).collect(Collectors.joining(", "));
        StringBuilder body = new StringBuilder()
                .append("<h1 id=\"greeting\">").append(escape(text.get("home.greeting", user.displayName()))).append("</h1>\n")
                .append("<p class=\"muted\">").append(escape(text.get("home.roles", roles))).append("</p>\n");
        List<MenuEntry> cards = layout.menuFor(user).stream().filter(e -> !"/".equals(e.path())).toList();
        if (cards.isEmpty()) {
            body.append("<p>").append(escape(text.get("home.empty"))).append("</p>");
        } else {
            body.append("<ul class=\"cards\">");
            for (MenuEntry entry : cards) {
                body.append("<li><a class=\"card\" data-card=\"").append(escape(entry.id())).append("\" href=\"")
                        .append(escape(entry.path())).append("\"><strong>").append(escape(entry.label(locale)))
                        .append("</strong><span>").append(escape(entry.description(locale))).append("</span></a></li>");
            }
            body.append("</ul>");
        }
        layout.render(request, response, 200, text.get("home.title"), body.toString());
    }

    private void loginPage(HttpServletRequest request, HttpServletResponse response, int status, String error, String username)
            throws IOException {
        Messages text = ShellMessages.of(layout.locale(request));
        String next = Html.safeLocalPath(request.getParameter("kembali"));
        StringBuilder body = new StringBuilder()
                .append("<section class=\"login\">\n<h1>").append(escape(text.get("login.heading"))).append("</h1>\n")
                .append("<p class=\"muted\">").append(escape(text.get("app.tagline"))).append("</p>\n");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\" id=\"login-error\">").append(escape(error)).append("</p>\n");
        }
        body.append("<form method=\"post\" action=\"/masuk\">\n")
                .append("<input type=\"hidden\" name=\"kembali\" value=\"").append(escape(next)).append("\">\n")
                .append("<label for=\"username\">").append(escape(text.get("login.username"))).append("</label>\n")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" required value=\"")
                .append(escape(username)).append("\">\n")
                .append("<label for=\"password\">").append(escape(text.get("login.password"))).append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n")
                .append("<button id=\"login-submit\" type=\"submit\">").append(escape(text.get("login.submit"))).append("</button>\n")
                .append("</form>\n<p class=\"muted\">").append(escape(text.get("login.hint"))).append("</p>\n</section>");
        layout.render(request, response, status, text.get("login.title"), body.toString());
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages text = ShellMessages.of(layout.locale(request));
        if (!Csrf.originAllowed(request)) {
            loginPage(request, response, 403, text.get("login.refused"), "");
            return;
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            loginPage(request, response, 400, text.get("login.required"), username == null ? "" : username);
            return;
        }
        try {
            Session session = sessions.login(username, password.toCharArray(), request.getRemoteAddr());
            SessionCookie.set(request, response, session);
            response.setStatus(303);
            response.setHeader("Location", Html.safeLocalPath(request.getParameter("kembali")));
        } catch (LoginException e) {
            if (e.reason() == LoginException.Reason.THROTTLED || !e.retryAfter().isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            }
            int status = switch (e.reason()) {
                case THROTTLED -> 429;
                case BUSY -> 503;
                default -> 401;
            };
            loginPage(request, response, status, e.getMessage(), username);
        }
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = layout.session(request);
        if (session.isPresent()) {
            if (!Csrf.tokenMatches(request, session.get())) {
                Messages text = ShellMessages.of(layout.locale(request));
                layout.render(request, response, 403, text.get("csrf.title"),
                        "<h1>" + escape(text.get("csrf.title")) + "</h1><p>" + escape(text.get("csrf.text")) + "</p>");
                return;
            }
            sessions.logout(session.get().token());
        }
        SessionCookie.clear(request, response);
        response.setStatus(303);
        response.setHeader("Location", "/masuk");
    }

    private void switchLanguage(HttpServletRequest request, HttpServletResponse response) {
        String language = "en".equals(request.getParameter("ke")) ? "en" : "id";
        response.addHeader("Set-Cookie", ShellLayout.LANGUAGE_COOKIE + "=" + language
                + "; Path=/; Max-Age=31536000; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
        response.setStatus(303);
        response.setHeader("Location", Html.safeLocalPath(request.getParameter("kembali")));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages text = ShellMessages.of(layout.locale(request));
        layout.render(request, response, 404, text.get("notfound.title"),
                "<h1>" + escape(text.get("notfound.title")) + "</h1>\n<p>" + escape(text.get("notfound.text"))
                        + "</p>\n<p><a href=\"/\">" + escape(text.get("notfound.back")) + "</a></p>");
    }
}
