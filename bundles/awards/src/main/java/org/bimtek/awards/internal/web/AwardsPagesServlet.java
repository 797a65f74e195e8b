package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.web.PageLayout;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.ranking.Rankings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The award pages. Public, without login: {@code /penghargaan} and {@code /penghargaan/<id>}. For logged-in users:
 * {@code /penghargaan/kelola[/<id>]} (administrators), {@code /penghargaan/<id>/nominasi} (supervisors, administrators)
 * and {@code /penghargaan/<id>/juri} (the programme's jurors). Forms work without script and carry the CSRF token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-awards-pages")
@HttpWhiteboardServletPattern({"/penghargaan", "/penghargaan/*"})
public final class AwardsPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient PublicPages publicPages;
    private final transient ManagePages managePages;
    private final transient NominationPage nominationPage;
    private final transient JuryPage juryPage;

    @Activate
    public AwardsPagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference UserService users,
            @Reference Programmes programmes, @Reference Nominations nominations, @Reference Jury jury, @Reference Rankings rankings,
            @Reference Publisher publisher) {
        this.layout = layout;
        this.sessions = sessions;
        Access access = new Access(jury, nominations);
        this.publicPages = new PublicPages(programmes, publisher, rankings, jury);
        this.managePages = new ManagePages(programmes, nominations, jury, rankings, publisher, users);
        this.nominationPage = new NominationPage(programmes, nominations, access);
        this.juryPage = new JuryPage(programmes, nominations, jury, rankings);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "").replaceFirst("/$", "");
        String[] parts = path.isEmpty() ? new String[0] : path.split("/");
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            layout.render(request, response, 405, "Metode tidak didukung", "<p class=\"error\">Halaman ini hanya dibuka atau dikirim "
                    + "lewat formulir.</p>");
            return;
        }
        boolean open = !post && (parts.length == 0 || parts.length == 1 && !parts[0].equals("kelola"));
        Optional<Session> session = open ? SessionCookie.session(request, sessions) : SessionCookie.sessionOrLogin(request, response, sessions);
        if (!open && session.isEmpty()) {
            return;
        }
        Page page = new Page(request, response, session, layout);
        try {
            if (post && !Csrf.tokenMatches(request, session.get())) {
                throw ApiException.forbidden("Formulir kedaluwarsa; muat ulang halaman lalu coba lagi.");
            }
            route(page, parts, post);
        } catch (ApiException e) {
            layout.render(request, response, e.status(), e.getMessage(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>"
                    + "<p><a href=\"/penghargaan\">← Penghargaan</a></p>");
        }
    }

    private void route(Page page, String[] parts, boolean post) throws IOException {
        if (parts.length == 0 && !post) {
            publicPages.list(page);
        } else if (parts.length >= 1 && parts[0].equals("kelola")) {
            managePages.handle(page, parts);
        } else if (parts.length == 1 && !post) {
            publicPages.programme(page, Page.number(parts[0]));
        } else if (parts.length == 2 && parts[1].equals("nominasi")) {
            nominationPage.handle(page, Page.number(parts[0]));
        } else if (parts.length == 2 && parts[1].equals("juri")) {
            juryPage.handle(page, Page.number(parts[0]));
        } else {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }
}
