package org.bimtek.registry.internal;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.bimtek.registry.internal.Inputs.DecreeInput;
import org.bimtek.registry.internal.Records.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The SK form: a new decree ({@code /registri/sk-baru}; the unit is chosen first, so that the form can offer
 * that unit's people and accounts as check boxes), changing one ({@code /registri/sk-ubah/<id>}), and
 * uploading its scan ({@code POST /registri/sk-berkas/<id>}, checked by content like the REST upload). The same
 * services, rules and scope as {@code /api/decrees}: a field error comes back on the form, next to what was typed.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-decree-form")
@HttpWhiteboardServletPattern({"/registri/sk-baru", "/registri/sk-ubah/*", "/registri/sk-berkas/*"})
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024, maxFileSize = 64L * 1024 * 1024)
public final class DecreeFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** How many of a unit's people and accounts the form offers; a unit with more is appointed through the import. */
    private static final int CHOICES = 300;
    private static final List<String> FIELDS = List.of("number", "date", "signedByName", "signedByTitle", "validFrom", "validTo");

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient Scopes scopes;
    private final transient UnitService units;
    private final transient PersonService people;
    private final transient AccountService accounts;
    private final transient DecreeService decrees;
    private final transient DecreeDocuments documents;

    @Activate
    public DecreeFormServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference Scopes scopes,
            @Reference UnitService units, @Reference PersonService people, @Reference AccountService accounts,
            @Reference DecreeService decrees, @Reference DecreeDocuments documents) {
        this.layout = layout;
        this.sessions = sessions;
        this.scopes = scopes;
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.decrees = decrees;
        this.documents = documents;
    }

    /** One request: who, in which language, over which units. */
    private record Form(HttpServletRequest request, HttpServletResponse response, Session session, Scope scope, Messages text) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<Session> session = SessionCookie.session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return;
        }
        Messages text = RegistryTexts.of(layout.locale(request));
        boolean post = "POST".equals(request.getMethod());
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            if (!session.get().user().hasAnyRole(Set.of(Role.ADMIN, Role.SUPERVISOR))) {
                throw ApiException.forbidden(text.get("forbidden"));
            }
            Form form = new Form(request, response, session.get(), scopes.of(session.get().user()), text);
            if (post && !Csrf.tokenMatches(request, session.get())) {
                throw ApiException.forbidden(text.get("csrf.text"));
            }
            if (path.equals("/registri/sk-baru")) {
                if (post) {
                    save(form, null);
                } else {
                    String unit = request.getParameter("unitCode");
                    show(form, null, unit == null ? Map.of() : Map.of("unitCode", unit), Set.of(), Set.of(), null);
                }
            } else if (path.startsWith("/registri/sk-ubah/")) {
                long id = number(path.substring("/registri/sk-ubah/".length()));
                if (post) {
                    save(form, id);
                } else {
                    edit(form, id);
                }
            } else if (post && path.startsWith("/registri/sk-berkas/")) {
                upload(form, number(path.substring("/registri/sk-berkas/".length())));
            } else {
                throw ApiException.notFound(text.get("notfound"));
            }
        } catch (ApiException e) {
            String message = e.status() == 404 ? text.get("notfound") : e.getMessage();
            layout.render(request, response, e.status(), message, "<p class=\"error\" role=\"alert\">" + escape(message)
                    + "</p><p><a href=\"/registri/sk\">" + escape(text.get("decrees.title")) + "</a></p>");
        }
    }

    private static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("");
        }
    }

    @SuppressWarnings("unchecked")
    private void edit(Form form, long id) throws IOException {
        Map<String, Object> d = decrees.detail(form.scope(), id);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, d.get(field) == null ? "" : d.get(field).toString());
        }
        values.put("status", d.get("status").toString());
        values.put("unitCode", units.tree().get(((Number) d.get("unitId")).longValue()).map(Unit::code).orElse(""));
        Set<Long> chosenPeople = ((List<Map<String, Object>>) d.get("people")).stream().map(p -> ((Number) p.get("id")).longValue())
                .collect(Collectors.toSet());
        Set<Long> chosenAccounts = ((List<Map<String, Object>>) d.get("accounts")).stream().map(a -> ((Number) a.get("id")).longValue())
                .collect(Collectors.toSet());
        show(form, id, values, chosenPeople, chosenAccounts, null);
    }

    /** Creates ({@code id} null) or updates from the posted form; on a field error, the form again with the message. */
    private void save(Form form, Long id) throws IOException {
        HttpServletRequest request = form.request();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("number", "date", "signedByName", "signedByTitle", "validFrom", "validTo", "status", "unitCode")) {
            values.put(field, Optional.ofNullable(request.getParameter(field)).orElse("").strip());
        }
        Set<Long> chosenPeople = ids(request.getParameterValues("person"));
        Set<Long> chosenAccounts = ids(request.getParameterValues("account"));
        DecreeInput input = new DecreeInput(blank(values.get("number")), blank(values.get("date")), blank(values.get("signedByName")),
                blank(values.get("signedByTitle")), null, blank(values.get("unitCode")), blank(values.get("validFrom")),
                blank(values.get("validTo")), blank(values.get("status")), List.copyOf(chosenPeople), List.copyOf(chosenAccounts), null);
        try {
            Decree saved = id == null ? decrees.create(form.scope(), input) : decrees.update(form.scope(), id, input);
            form.response().sendRedirect("/registri/sk/" + saved.id());
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            form.response().setStatus(400);
            show(form, id, values, chosenPeople, chosenAccounts, e);
        }
    }

    private void upload(Form form, long id) throws IOException, ServletException {
        Decree decree = decrees.get(form.scope(), id);
        Part part = form.request().getPart("berkas");
        if (part == null || part.getSize() == 0) {
            throw ApiException.badRequest("missing_file", form.text().get("form.noFile"));
        }
        byte[] pdf;
        try (InputStream in = part.getInputStream()) {
            pdf = documents.read(in, part.getSize());
        }
        documents.store(form.session().user().username(), decree.id(), pdf);
        form.response().sendRedirect("/registri/sk/" + decree.id());
    }

    private void show(Form form, Long id, Map<String, String> values, Set<Long> chosenPeople, Set<Long> chosenAccounts, ApiException error)
            throws IOException {
        Messages t = form.text();
        String title = t.get(id == null ? "form.newDecree" : "form.editDecree");
        StringBuilder body = new StringBuilder("<h1>").append(escape(title)).append("</h1>\n");
        if (error != null) {
            body.append("<div class=\"error\" role=\"alert\" id=\"form-errors\"><p>").append(escape(t.get("form.fix"))).append("</p><ul>");
            if (error.details() instanceof Map<?, ?> details) {
                details.forEach((field, message) -> body.append("<li>").append(escape(t.get("field." + field))).append(": ")
                        .append(escape(String.valueOf(message))).append("</li>"));
            } else {
                body.append("<li>").append(escape(error.getMessage())).append("</li>");
            }
            body.append("</ul></div>\n");
        }
        Optional<Unit> unit = Optional.ofNullable(values.get("unitCode")).filter(c -> !c.isBlank())
                .flatMap(code -> units.tree().byCode(code)).filter(u -> form.scope().allows(u.id()));
        if (unit.isEmpty()) {
            chooseUnit(form, body);
            layout.render(form.request(), form.response(), error == null ? 200 : 400, title, body.toString());
            return;
        }
        body.append("<form method=\"post\" action=\"").append(id == null ? "/registri/sk-baru" : "/registri/sk-ubah/" + id).append("\">")
                .append(csrf(form)).append("<input type=\"hidden\" name=\"unitCode\" value=\"").append(escape(unit.get().code())).append("\">")
                .append("<p>").append(escape(t.get("col.unit"))).append(": <strong>").append(escape(unit.get().name())).append("</strong></p>");
        input(body, t, values, "number", "text", true);
        input(body, t, values, "date", "date", true);
        input(body, t, values, "signedByName", "text", true);
        input(body, t, values, "signedByTitle", "text", true);
        input(body, t, values, "validFrom", "date", true);
        input(body, t, values, "validTo", "date", false);
        if (id != null) {
            body.append("<label for=\"status\">").append(escape(t.get("field.status"))).append("</label><select id=\"status\" name=\"status\">");
            for (DecreeStatus status : List.of(DecreeStatus.ACTIVE, DecreeStatus.REVOKED)) {
                body.append("<option value=\"").append(status).append('"').append(status.name().equals(values.get("status")) ? " selected" : "")
                        .append('>').append(escape(t.get("status." + status))).append("</option>");
            }
            body.append("</select>");
        }
        choices(body, t, "person", "decree.people", people.list(form.scope(), null, unit.get().id(), true, Paging.of("1", String.valueOf(CHOICES)))
                .items().stream().map(p -> new String[] {String.valueOf(p.id()), label(p)}).toList(), chosenPeople);
        choices(body, t, "account", "decree.accounts", accounts.list(form.scope(), null, null, unit.get().id(), true,
                Paging.of("1", String.valueOf(CHOICES))).items().stream().map(a -> new String[] {String.valueOf(a.id()), label(a)}).toList(),
                chosenAccounts);
        body.append("<button type=\"submit\" id=\"decree-save\">").append(escape(t.get("form.save"))).append("</button></form>\n");
        layout.render(form.request(), form.response(), error == null ? 200 : 400, title, body.toString());
    }

    /** Step one of a new SK: which unit it belongs to (only units in the user's scope). */
    private void chooseUnit(Form form, StringBuilder body) {
        Messages t = form.text();
        body.append("<form method=\"get\" action=\"/registri/sk-baru\"><label for=\"unitCode\">").append(escape(t.get("form.chooseUnit")))
                .append("</label><select id=\"unitCode\" name=\"unitCode\" required>");
        List<Unit> inScope = new ArrayList<>(units.tree().ordered().stream().filter(u -> u.active() && form.scope().allows(u.id())).toList());
        for (Unit u : inScope) {
            body.append("<option value=\"").append(escape(u.code())).append("\">").append(escape(u.name())).append(" (").append(escape(u.code()))
                    .append(")</option>");
        }
        body.append("</select><button type=\"submit\" id=\"unit-next\">").append(escape(t.get("form.next"))).append("</button></form>\n");
    }

    private static void input(StringBuilder body, Messages t, Map<String, String> values, String field, String type, boolean required) {
        body.append("<label for=\"").append(field).append("\">").append(escape(t.get("field." + field))).append("</label><input id=\"")
                .append(field).append("\" name=\"").append(field).append("\" type=\"").append(type).append("\" value=\"")
                .append(escape(values.getOrDefault(field, ""))).append('"').append(required ? " required" : "").append('>');
    }

    private static void choices(StringBuilder body, Messages t, String name, String titleKey, List<String[]> options, Set<Long> chosen) {
        body.append("<fieldset class=\"choices\"><legend>").append(escape(t.get(titleKey))).append("</legend>");
        if (options.isEmpty()) {
            body.append("<p class=\"muted\">").append(escape(t.get("form.none"))).append("</p>");
        }
        for (String[] option : options) {
            String id = name + "-" + option[0];
            body.append("<label class=\"check\" for=\"").append(id).append("\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"")
                    .append(name).append("\" value=\"").append(option[0]).append('"').append(chosen.contains(Long.valueOf(option[0])) ? " checked" : "")
                    .append("> ").append(escape(option[1])).append("</label>");
        }
        body.append("</fieldset>");
    }

    private static String label(Person p) {
        return p.fullName() + (p.nip() == null ? "" : " (" + p.nip() + ")");
    }

    private static String label(Account a) {
        return a.platform() + " @" + a.handle();
    }

    private static String csrf(Form form) {
        return "<input type=\"hidden\" name=\"" + SessionService.CSRF_FIELD + "\" value=\"" + escape(form.session().csrfToken()) + "\">";
    }

    private static Set<Long> ids(String[] values) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    // a tampered check box: ignored, the rules check what remains
                }
            }
        }
        return ids;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
