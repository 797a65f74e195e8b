package org.bimtek.web.internal;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.web.MenuEntry;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The page frame every bundle's pages share, and the menu built from whatever
 * {@link MenuEntry} services are registered right now.
 */
@Component(service = {PageLayout.class, ShellLayout.class})
public final class ShellLayout implements PageLayout {

    static final String LANGUAGE_COOKIE = "bimtek_lang";

    private final SessionService sessions;
    private final List<MenuEntry> entries = new CopyOnWriteArrayList<>();

    @Activate
    public ShellLayout(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addMenuEntry(MenuEntry entry) {
        entries.add(entry);
    }

    void removeMenuEntry(MenuEntry entry) {
        entries.remove(entry);
    }

    /** The entries this user may see, in menu order. */
    List<MenuEntry> menuFor(User user) {
        return entries.stream()
                .filter(e -> user.hasAnyRole(e.roles()))
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::id))
                .toList();
    }

    Optional<Session> session(HttpServletRequest request) {
        return SessionCookie.session(request, sessions);
    }

    @Override
    public Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return ShellMessages.ENGLISH;
                }
            }
        }
        return ShellMessages.INDONESIAN;
    }

    @Override
    public void render(HttpServletRequest request, HttpServletResponse response, int status, String title, String bodyHtml)
            throws IOException {
        Locale locale = locale(request);
        Messages text = ShellMessages.of(locale);
        Optional<Session> session = session(request);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        StringBuilder out = new StringBuilder(bodyHtml.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" · Bimtek</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/bimtek.css\">\n");
        session.ifPresent(s -> out.append("<meta name=\"csrf-token\" content=\"").append(escape(s.csrfToken())).append("\">\n"));
        out.append("</head>\n<body>\n<header class=\"top\">\n")
                .append("<a class=\"brand\" href=\"/\">").append(escape(text.get("app.name"))).append("</a>\n")
                .append("<a class=\"lang\" href=\"/bahasa?ke=").append(text.get("lang.switch.code"))
                .append("&amp;kembali=").append(escape(java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8)))
                .append("\" hreflang=\"").append(text.get("lang.switch.code")).append("\">")
                .append(escape(text.get("lang.switch"))).append("</a>\n");
        if (session.isPresent()) {
            out.append("<form class=\"logout\" method=\"post\" action=\"/keluar\">")
                    .append("<input type=\"hidden\" name=\"").append(SessionService.CSRF_FIELD).append("\" value=\"")
                    .append(escape(session.get().csrfToken())).append("\">")
                    .append("<button type=\"submit\">").append(escape(text.get("nav.logout"))).append("</button></form>\n");
        }
        out.append("</header>\n");
        session.ifPresent(s -> appendMenu(out, menuFor(s.user()), locale, request.getRequestURI(), text));
        out.append("<main>\n").append(bodyHtml).append("\n</main>\n")
                .append("<footer>").append(escape(text.get("footer.text"))).append("</footer>\n</body>\n</html>\n");
        // One write with a known length: no chunked encoding, no extra flushes.
        byte[] page = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }

    private static void appendMenu(StringBuilder out, List<MenuEntry> menu, Locale locale, String current, Messages text) {
        out.append("<nav aria-label=\"").append(escape(text.get("nav.menu"))).append("\"><ul>");
        for (MenuEntry entry : menu) {
            boolean here = entry.path().equals(current);
            out.append("<li><a data-menu=\"").append(escape(entry.id())).append("\" href=\"").append(escape(entry.path())).append('"')
                    .append(here ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(entry.label(locale))).append("</a></li>");
        }
        out.append("</ul></nav>\n");
    }
}
