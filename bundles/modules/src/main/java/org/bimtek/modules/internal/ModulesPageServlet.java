package org.bimtek.modules.internal;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** The administrator's module page: {@code /modul}, upload at {@code /modul/unggah}, removal at {@code /modul/lepas}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-modules-page")
@HttpWhiteboardServletPattern({"/modul", "/modul/*"})
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024)
public final class ModulesPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient ModuleManager modules;

    @Activate
    public ModulesPageServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference ModuleManager modules) {
        this.layout = layout;
        this.sessions = sessions;
        this.modules = modules;
    }

    private static final Messages.Family TEXTS = Messages.family("i18n.modules", ModulesPageServlet.class.getClassLoader());

    static Messages messages(Locale locale) {
        return TEXTS.in(locale);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = SessionCookie.session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=/modul");
            return;
        }
        Messages text = messages(layout.locale(request));
        if (!session.get().user().hasRole(Role.ADMIN)) {
            layout.render(request, response, 403, text.get("title"),
                    "<h1>" + escape(text.get("title")) + "</h1><p class=\"error\">" + escape(text.get("forbidden")) + "</p>");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("GET".equals(request.getMethod()) && path.isEmpty()) {
            page(request, response, 200, text, null, null);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !(path.equals("/unggah") || path.equals("/lepas"))) {
            response.sendRedirect("/modul");
            return;
        }
        try {
            if (!Csrf.tokenMatches(request, session.get())) {
                page(request, response, 403, text, null, text.get("csrf"));
            } else if (path.equals("/unggah")) {
                ModuleInfo installed = modules.install(Uploads.read(request, modules), session.get().user().username());
                page(request, response, 200, text, text.get("upload.done", installed.symbolicName(), installed.version()), null);
            } else {
                String name = request.getParameter("symbolicName");
                modules.remove(name == null ? "" : name, session.get().user().username(), "true".equals(request.getParameter("confirm")),
                        layout.locale(request));
                page(request, response, 200, text, text.get("remove.done", name), null);
            }
        } catch (ApiException e) {
            if ("open_work".equals(e.code())) {
                confirmRemoval(request, response, text, request.getParameter("symbolicName"), e);
                return;
            }
            page(request, response, e.status(), text, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            page(request, response, 503, text, null, e.toString());
        }
    }

    /** The warning before removing a course that still has work in progress, with a button that removes it anyway. */
    private void confirmRemoval(HttpServletRequest request, HttpServletResponse response, Messages text, String name, ApiException e)
            throws IOException {
        String csrf = SessionCookie.session(request, sessions).map(Session::csrfToken).orElse("");
        StringBuilder body = new StringBuilder("<h1>").append(escape(text.get("title"))).append("</h1>\n")
                .append("<div class=\"error\" role=\"alert\" id=\"module-warning\"><p>").append(escape(text.get("remove.warning", name)))
                .append("</p><ul>");
        for (Object line : (List<?>) e.details()) {
            body.append("<li>").append(escape(String.valueOf(line))).append("</li>");
        }
        body.append("</ul><p>").append(escape(text.get("remove.warning.kept"))).append("</p></div>\n")
                .append("<form method=\"post\" action=\"/modul/lepas\"><input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf))
                .append("\"><input type=\"hidden\" name=\"symbolicName\" value=\"").append(escape(name))
                .append("\"><input type=\"hidden\" name=\"confirm\" value=\"true\"><button type=\"submit\" id=\"remove-confirm\">")
                .append(escape(text.get("remove.confirm"))).append("</button> <a href=\"/modul\">").append(escape(text.get("remove.cancel")))
                .append("</a></form>\n");
        layout.render(request, response, 409, text.get("title"), body.toString());
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, Messages text, String notice, String error)
            throws IOException {
        String csrf = SessionCookie.session(request, sessions).map(Session::csrfToken).orElse("");
        StringBuilder body = new StringBuilder("<h1>").append(escape(text.get("title"))).append("</h1>\n<p class=\"muted\">")
                .append(escape(text.get("intro"))).append("</p>\n");
        if (notice != null) {
            body.append("<p class=\"notice\" role=\"status\" id=\"module-notice\">").append(escape(notice)).append("</p>\n");
        }
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\" id=\"module-error\">").append(escape(error)).append("</p>\n");
        }
        body.append("<section><h2>").append(escape(text.get("upload.title"))).append("</h2>\n")
                .append("<form method=\"post\" action=\"/modul/unggah\" enctype=\"multipart/form-data\">")
                .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">")
                .append("<label for=\"jar\">").append(escape(text.get("upload.file"))).append("</label>")
                .append("<input id=\"jar\" name=\"jar\" type=\"file\" accept=\".jar\" required>")
                .append("<p class=\"muted\">").append(escape(text.get("upload.limit", modules.maxBytes() / (1024 * 1024)))).append("</p>")
                .append("<button type=\"submit\" id=\"upload-submit\">").append(escape(text.get("upload.submit"))).append("</button></form></section>\n");
        body.append("<div class=\"table\"><table><thead><tr><th>").append(escape(text.get("col.name"))).append("</th><th>")
                .append(escape(text.get("col.version"))).append("</th><th>").append(escape(text.get("col.state"))).append("</th><th>")
                .append(escape(text.get("col.kind"))).append("</th><th>").append(escape(text.get("col.errors"))).append("</th><th></th></tr></thead><tbody>");
        for (ModuleInfo module : modules.list()) {
            body.append("<tr data-module=\"").append(escape(module.symbolicName())).append("\"><td>").append(escape(module.symbolicName()))
                    .append("</td><td>").append(escape(module.version())).append("</td><td>").append(escape(module.state()))
                    .append("</td><td>").append(escape(text.get("kind." + module.kind()))).append("</td><td>")
                    .append(module.errors().isEmpty() ? escape(text.get("none")) : escape(String.join("; ", module.errors())))
                    .append("</td><td>");
            if (module.removable()) {
                body.append("<form method=\"post\" action=\"/modul/lepas\"><input type=\"hidden\" name=\"_csrf\" value=\"")
                        .append(escape(csrf)).append("\"><input type=\"hidden\" name=\"symbolicName\" value=\"")
                        .append(escape(module.symbolicName())).append("\"><button class=\"small\" type=\"submit\">")
                        .append(escape(text.get("remove.submit"))).append("</button></form>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table></div>\n");
        layout.render(request, response, status, text.get("title"), body.toString());
    }
}
