package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.web.PageLayout;

/**
 * One page request, and the HTML pieces the award pages share. Every dynamic text goes through {@code escape}; every
 * form that changes something carries the session's CSRF token.
 */
final class Page {

    static final String HEAD = "<link rel=\"stylesheet\" href=\"/penghargaan-aset/penghargaan.css\">\n";

    /** What a redirect after a successful form says, by a fixed code: no text from the request reaches the page. */
    private static final Map<String, String> NOTICES = Map.of(
            "dibuat", "Program penghargaan dibuat.",
            "fase", "Fase program dipindahkan.",
            "juri", "Juri ditambahkan.",
            "juri-dihapus", "Juri dihapus; nilainya tidak dihitung lagi.",
            "diumumkan", "Pemenang diumumkan dan kredensialnya diterbitkan.",
            "dicabut", "Penghargaan dicabut.",
            "nominasi", "Nominasi tersimpan.",
            "nilai", "Nilai tersimpan. Anda dapat mengubahnya sampai pemenang diumumkan.");

    final HttpServletRequest request;
    final HttpServletResponse response;
    final Optional<Session> session;
    private final PageLayout layout;

    Page(HttpServletRequest request, HttpServletResponse response, Optional<Session> session, PageLayout layout) {
        this.request = request;
        this.response = response;
        this.session = session;
        this.layout = layout;
    }

    boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    /** The logged-in user; protected pages have sent anonymous visitors to the login page before getting here. */
    User user() {
        return session.orElseThrow(() -> ApiException.unauthorized("Silakan masuk terlebih dahulu.")).user();
    }

    Optional<User> maybeUser() {
        return session.map(Session::user);
    }

    String parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    void render(int status, String title, CharSequence body) throws IOException {
        layout.render(request, response, status, title, HEAD + body);
    }

    /** Back to a page after a form succeeded, so that reloading it does not send the form again. */
    void redirect(String path, String notice) throws IOException {
        response.sendRedirect(path + "?pesan=" + notice);
    }

    /** The banner for a notice code in the query, or for an error met while handling a form. */
    void banners(StringBuilder body, String error) {
        String code = request.getParameter("pesan");
        String notice = code == null ? null : NOTICES.get(code);
        if (notice != null && error == null) {
            body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        if (error != null) {
            body.append("<p class=\"error\" id=\"error\">").append(escape(error)).append("</p>\n");
        }
    }

    /** A form's opening tag with the CSRF field. */
    String form(String action, String id) {
        return "<form method=\"post\" action=\"" + escape(action) + "\" id=\"" + escape(id) + "\"><input type=\"hidden\" name=\""
                + SessionService.CSRF_FIELD + "\" value=\"" + escape(session.map(Session::csrfToken).orElse("")) + "\">";
    }

    static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }
}
