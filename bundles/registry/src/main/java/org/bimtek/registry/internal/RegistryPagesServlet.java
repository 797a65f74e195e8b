package org.bimtek.registry.internal;

import static org.bimtek.api.web.Html.escape;
import static org.bimtek.registry.internal.PageParts.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.course.Tier;
import org.bimtek.api.awards.AwardSummary;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.CertificateSummary;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The registry's pages under {@code /registri}: lists with search, a person, a unit, a
 * decree, the expiring decrees, the coverage report and the import page. Plain HTML
 * forms, no script; tables scroll sideways on a phone. The same services and scope as
 * the REST API answer, so a supervisor sees the same subtree here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-pages")
@HttpWhiteboardServletPattern({"/registri", "/registri/*"})
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024, maxFileSize = Importer.MAX_BYTES)
public final class RegistryPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient Scopes scopes;
    private final transient UnitService units;
    private final transient PersonService people;
    private final transient DecreeService decrees;
    private final transient AccountService accounts;
    private final transient CoverageReport coverage;
    private final transient Importer importer;
    private final transient DecreeDocuments documents;

    @Activate
    public RegistryPagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference Scopes scopes,
            @Reference UnitService units, @Reference PersonService people, @Reference DecreeService decrees,
            @Reference AccountService accounts, @Reference CoverageReport coverage, @Reference Importer importer,
            @Reference DecreeDocuments documents) {
        this.layout = layout;
        this.sessions = sessions;
        this.scopes = scopes;
        this.units = units;
        this.people = people;
        this.decrees = decrees;
        this.accounts = accounts;
        this.coverage = coverage;
        this.importer = importer;
        this.documents = documents;
    }

    /** One request's context: who, in which language, over which units. */
    private record View(HttpServletRequest request, HttpServletResponse response, Session session, Scope scope, Locale locale,
            Messages text) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = SessionCookie.session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=" + java.net.URLEncoder.encode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Locale locale = layout.locale(request);
        Messages text = RegistryTexts.of(locale);
        try {
            View view = new View(request, response, session.get(), scopes.of(session.get().user()), locale, text);
            route(view, request.getPathInfo() == null ? "" : request.getPathInfo());
        } catch (ApiException e) {
            String message = e.status() == 404 ? text.get("notfound") : e.status() == 403 ? e.getMessage() : e.getMessage();
            layout.render(request, response, e.status(), message, "<p class=\"error\">" + escape(message) + "</p>");
        }
    }

    private void route(View v, String path) throws IOException {
        String[] parts = path.isEmpty() || path.equals("/") ? new String[0] : path.substring(1).split("/");
        boolean post = "POST".equals(v.request().getMethod());
        if (post && parts.length == 1 && parts[0].equals("impor")) {
            importFile(v);
        } else if (post) {
            throw ApiException.notFound("");
        } else if (parts.length == 0) {
            peopleList(v);
        } else if (parts.length == 2 && parts[0].equals("admin")) {
            person(v, number(parts[1]));
        } else if (parts.length == 1 && parts[0].equals("unit")) {
            unitList(v);
        } else if (parts.length == 2 && parts[0].equals("unit")) {
            unit(v, number(parts[1]));
        } else if (parts.length == 1 && parts[0].equals("sk")) {
            decreeList(v, false);
        } else if (parts.length == 2 && parts[0].equals("sk") && parts[1].equals("berakhir")) {
            decreeList(v, true);
        } else if (parts.length == 2 && parts[0].equals("sk")) {
            decree(v, number(parts[1]));
        } else if (parts.length == 1 && parts[0].equals("akun")) {
            accountList(v);
        } else if (parts.length == 1 && parts[0].equals("cakupan")) {
            coveragePage(v);
        } else if (parts.length == 1 && parts[0].equals("impor")) {
            importPage(v, null);
        } else {
            throw ApiException.notFound("");
        }
    }

    private static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("");
        }
    }

    private void render(View v, String title, String tab, StringBuilder body) throws IOException {
        StringBuilder page = new StringBuilder(body.length() + 1024);
        PageParts.tabs(page, v.text(), tab);
        page.append(body);
        layout.render(v.request(), v.response(), 200, title, page.toString());
    }

    private Paging paging(View v) {
        return Paging.of(v.request().getParameter("page"), null);
    }

    private String query(View v) {
        return Text.clean(v.request().getParameter("q"));
    }

    private void peopleList(View v) throws IOException {
        Messages t = v.text();
        String q = query(v);
        Page<Person> page = people.list(v.scope(), q, null, null, paging(v));
        UnitTree tree = units.tree();
        StringBuilder body = new StringBuilder("<h1>").append(escape(t.get("people.title"))).append("</h1>\n");
        PageParts.search(body, t, "/registri", q, "search.people");
        List<List<String>> rows = new ArrayList<>();
        for (Person p : page.items()) {
            rows.add(List.of(link("/registri/admin/" + p.id(), p.fullName()), escape(p.nip()), escape(p.position()),
                    unitLink(tree, p.unitId()), PageParts.badge(t.get(p.active() ? "active" : "inactive"), p.active())));
        }
        PageParts.table(body, t, "people", List.of("col.name", "col.nip", "col.position", "col.unit", "col.status"), rows);
        PageParts.paging(body, t, page, "/registri", q);
        render(v, t.get("people.title"), "/registri", body);
    }

    private static String unitLink(UnitTree tree, long unitId) {
        return tree.get(unitId).map(u -> link("/registri/unit/" + u.id(), u.name())).orElse("");
    }

    @SuppressWarnings("unchecked")
    private void person(View v, long id) throws IOException {
        Messages t = v.text();
        Map<String, Object> detail = people.detail(v.scope(), id);
        UnitTree tree = units.tree();
        StringBuilder body = new StringBuilder("<h1 id=\"person-name\">").append(escape((String) detail.get("fullName"))).append("</h1>\n");
        body.append("<p>").append(unitLink(tree, (Long) detail.get("unitId"))).append(" · ")
                .append(escape(detail.get("position") == null ? "" : (String) detail.get("position"))).append("</p>\n<p>")
                .append(Boolean.TRUE.equals(detail.get("hasActiveDecree")) ? PageParts.badge(t.get("person.activeDecree"), true)
                        : PageParts.badge(t.get("person.noActiveDecree"), false))
                .append("</p>\n<dl>");
        field(body, t, "col.nip", (String) detail.get("nip"));
        field(body, t, "col.phone", (String) detail.get("phone"));
        field(body, t, "col.email", (String) detail.get("email"));
        body.append("</dl>\n<h2>").append(escape(t.get("person.history"))).append("</h2>");
        List<List<String>> history = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) detail.get("memberships")) {
            history.add(List.of(unitLink(tree, (Long) m.get("unitId")), escape(Dates.show((java.time.Instant) m.get("from"), v.locale())),
                    escape(m.get("to") == null ? "—" : Dates.show((java.time.Instant) m.get("to"), v.locale())), escape((String) m.get("note"))));
        }
        PageParts.table(body, t, "memberships", List.of("col.unit", "col.from", "col.to", "col.note"), history);
        body.append("<h2>").append(escape(t.get("person.decrees"))).append("</h2>");
        decreeTable(body, v, (List<Map<String, Object>>) detail.get("decrees"));
        body.append("<h2>").append(escape(t.get("person.accounts"))).append("</h2>");
        List<List<String>> managed = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) detail.get("accounts")) {
            managed.add(List.of(escape(a.get("platform").toString()), link((String) a.get("url"), "@" + a.get("handle"))));
        }
        PageParts.table(body, t, "accounts", List.of("col.platform", "col.handle"), managed);
        body.append("<h2>").append(escape(t.get("person.handovers"))).append("</h2>");
        List<List<String>> handovers = new ArrayList<>();
        for (Records.Handover h : (List<Records.Handover>) detail.get("handovers")) {
            handovers.add(List.of(escape(Dates.show(h.at(), v.locale())), escape(t.get("handover." + h.event())), escape(h.note())));
        }
        PageParts.table(body, t, "handovers", List.of("col.date", "col.event", "col.note"), handovers);
        body.append("<h2>").append(escape(t.get("person.certificates"))).append("</h2>");
        List<CertificateSummary> certificates = (List<CertificateSummary>) detail.get("certificates");
        if (certificates == null) {
            body.append("<p class=\"muted\">").append(escape(t.get("person.certificates.later"))).append("</p>");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CertificateSummary c : certificates) {
                rows.add(List.of(link(c.verifyPath(), c.number()), escape(c.tier().name()), escape(c.issuedOn().toString()),
                        escape(c.validUntil().toString()), PageParts.badge(t.get("certificate." + c.status().name()),
                                c.status() == CertificateStatus.VALID)));
            }
            PageParts.table(body, t, "certificates", List.of("col.number", "col.tier", "col.from", "col.to", "col.status"), rows);
        }
        List<AwardSummary> awards = (List<AwardSummary>) detail.get("awards");
        if (awards != null && !awards.isEmpty()) {
            body.append("<h2>").append(escape(t.get("person.awards"))).append("</h2><ul id=\"awards\">");
            for (AwardSummary a : awards) {
                body.append("<li>").append(link(a.verifyPath(), a.programmeTitle())).append(": ")
                        .append(escape(t.get("person.award.rank", a.rank()))).append("</li>");
            }
            body.append("</ul>");
        }
        render(v, (String) detail.get("fullName"), "/registri", body);
    }

    private static void field(StringBuilder body, Messages t, String key, String value) {
        body.append("<dt>").append(escape(t.get(key))).append("</dt><dd>").append(escape(value == null ? "—" : value)).append("</dd>");
    }

    private void decreeTable(StringBuilder body, View v, List<Map<String, Object>> views) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> d : views) {
            rows.add(List.of(link("/registri/sk/" + d.get("id"), (String) d.get("number")), escape((String) d.get("unitName")),
                    escape(Dates.show((java.time.LocalDate) d.get("validFrom"), v.locale())),
                    escape(Dates.show((java.time.LocalDate) d.get("validTo"), v.locale())),
                    PageParts.badge(v.text().get("status." + d.get("status")), "ACTIVE".equals(d.get("status").toString()))));
        }
        PageParts.table(body, v.text(), "decrees", List.of("col.number", "col.unit", "col.validFrom", "col.validTo", "col.status"), rows);
    }

    private void unitList(View v) throws IOException {
        Messages t = v.text();
        String q = query(v);
        Page<Unit> page = units.list(v.scope(), q, null, null, null, new Paging(paging(v).page(), Paging.MAX_SIZE));
        UnitTree tree = units.tree();
        StringBuilder body = new StringBuilder("<h1>").append(escape(t.get("units.title"))).append("</h1>\n");
        PageParts.search(body, t, "/registri/unit", q, "search.label");
        List<List<String>> rows = new ArrayList<>();
        for (Unit u : page.items()) {
            String indent = "  ".repeat(tree.depth(u.id())).replace(" ", "&#8195;");
            rows.add(List.of(indent + link("/registri/unit/" + u.id(), u.name()), escape(u.code()), escape(t.get("kind." + u.kind())),
                    PageParts.badge(t.get(u.active() ? "active" : "inactive"), u.active())));
        }
        PageParts.table(body, t, "units", List.of("col.name", "col.code", "col.kind", "col.status"), rows);
        PageParts.paging(body, t, page, "/registri/unit", q);
        render(v, t.get("units.title"), "/registri/unit", body);
    }

    private void unit(View v, long id) throws IOException {
        Messages t = v.text();
        Unit unit = units.get(v.scope(), id);
        UnitTree tree = units.tree();
        StringBuilder body = new StringBuilder("<p class=\"muted\">").append(escape(tree.path(id))).append("</p><h1>")
                .append(escape(unit.name())).append("</h1>\n<p>").append(escape(unit.code())).append(" · ")
                .append(escape(t.get("kind." + unit.kind()))).append("</p>");
        body.append("<h2>").append(escape(t.get("unit.children"))).append("</h2>");
        PageParts.table(body, t, "children", List.of("col.name", "col.kind"), tree.children(id).stream().filter(u -> v.scope().allows(u.id()))
                .map(u -> List.of(link("/registri/unit/" + u.id(), u.name()), escape(t.get("kind." + u.kind())))).toList());
        body.append("<h2>").append(escape(t.get("unit.people"))).append("</h2>");
        Page<Person> members = people.list(v.scope(), null, id, null, new Paging(1, Paging.MAX_SIZE));
        PageParts.table(body, t, "people", List.of("col.name", "col.position"), members.items().stream().filter(p -> p.unitId() == id)
                .map(p -> List.of(link("/registri/admin/" + p.id(), p.fullName()), escape(p.position()))).toList());
        body.append("<h2>").append(escape(t.get("unit.accounts"))).append("</h2>");
        Page<Account> owned = accounts.list(v.scope(), null, null, id, null, new Paging(1, Paging.MAX_SIZE));
        PageParts.table(body, t, "accounts", List.of("col.platform", "col.handle"), owned.items().stream().filter(a -> a.unitId() == id)
                .map(a -> List.of(escape(a.platform().name()), link(a.url(), "@" + a.handle()))).toList());
        body.append("<h2>").append(escape(t.get("unit.decrees"))).append("</h2>");
        Page<Decree> skList = decrees.list(v.scope(), new DecreeStore.Filter(java.util.Set.of(id), null, null, null, null),
                new Paging(1, Paging.MAX_SIZE));
        decreeTable(body, v, skList.items().stream().map(d -> Views.decree(d, tree)).toList());
        render(v, unit.name(), "/registri/unit", body);
    }

    private void decreeList(View v, boolean expiring) throws IOException {
        Messages t = v.text();
        String q = query(v);
        Page<Decree> page = decrees.list(v.scope(), new DecreeStore.Filter(null, q, null, expiring ? DecreeService.EXPIRING_DAYS : null,
                null), paging(v));
        UnitTree tree = units.tree();
        String title = t.get(expiring ? "expiring.title" : "decrees.title");
        StringBuilder body = new StringBuilder("<h1>").append(escape(title)).append("</h1>\n");
        if (expiring) {
            body.append("<p class=\"muted\">").append(escape(t.get("expiring.intro"))).append("</p>");
        } else {
            PageParts.search(body, t, "/registri/sk", q, "search.decrees");
            body.append("<p><a class=\"button\" id=\"decree-add\" href=\"/registri/sk-baru\">").append(escape(t.get("form.add")))
                    .append("</a></p>");
        }
        decreeTable(body, v, page.items().stream().map(d -> Views.decree(d, tree)).toList());
        String base = expiring ? "/registri/sk/berakhir" : "/registri/sk";
        PageParts.paging(body, t, page, base, q);
        render(v, title, base, body);
    }

    @SuppressWarnings("unchecked")
    private void decree(View v, long id) throws IOException {
        Messages t = v.text();
        Map<String, Object> d = decrees.detail(v.scope(), id);
        StringBuilder body = new StringBuilder("<h1>SK ").append(escape((String) d.get("number"))).append("</h1>\n<p>")
                .append(PageParts.badge(t.get("status." + d.get("status")), "ACTIVE".equals(d.get("status").toString()))).append("</p><dl>");
        field(body, t, "col.unit", (String) d.get("unitName"));
        field(body, t, "col.date", Dates.show((java.time.LocalDate) d.get("date"), v.locale()));
        field(body, t, "col.signedBy", d.get("signedByName") + ", " + d.get("signedByTitle"));
        field(body, t, "col.validFrom", Dates.show((java.time.LocalDate) d.get("validFrom"), v.locale()));
        field(body, t, "col.validTo", Dates.show((java.time.LocalDate) d.get("validTo"), v.locale()));
        body.append("</dl><h2>").append(escape(t.get("decree.people"))).append("</h2>");
        PageParts.table(body, t, "people", List.of("col.name", "col.unit"), ((List<Map<String, Object>>) d.get("people")).stream()
                .map(p -> List.of(link("/registri/admin/" + p.get("id"), (String) p.get("fullName")), escape((String) p.get("unitName"))))
                .toList());
        body.append("<h2>").append(escape(t.get("decree.accounts"))).append("</h2>");
        PageParts.table(body, t, "accounts", List.of("col.platform", "col.handle"), ((List<Map<String, Object>>) d.get("accounts"))
                .stream().map(a -> List.of(escape(a.get("platform").toString()), link((String) a.get("url"), "@" + a.get("handle")))).toList());
        body.append("<h2>").append(escape(t.get("decree.document"))).append("</h2><p>");
        body.append(d.get("document") == null ? escape(t.get("decree.noDocument"))
                : link("/api/decrees/" + id + "/document", t.get("decree.download")));
        body.append("</p>");
        body.append("<form method=\"post\" action=\"/registri/sk-berkas/").append(id).append("\" enctype=\"multipart/form-data\">")
                .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(v.session().csrfToken())).append("\">")
                .append("<label for=\"berkas\">").append(escape(t.get("form.upload"))).append("</label>")
                .append("<input id=\"berkas\" name=\"berkas\" type=\"file\" accept=\"application/pdf,.pdf\" required>")
                .append("<p class=\"muted\">").append(escape(t.get("form.uploadHint", documents.maxBytes() / (1024 * 1024)))).append("</p>")
                .append("<button type=\"submit\" id=\"decree-upload\">").append(escape(t.get("form.upload"))).append("</button></form>")
                .append("<p><a href=\"/registri/sk-ubah/").append(id).append("\" id=\"decree-edit\">").append(escape(t.get("form.edit")))
                .append("</a></p>");
        render(v, "SK " + d.get("number"), "/registri/sk", body);
    }

    private void accountList(View v) throws IOException {
        Messages t = v.text();
        String q = query(v);
        Page<Account> page = accounts.list(v.scope(), q, null, null, null, paging(v));
        UnitTree tree = units.tree();
        StringBuilder body = new StringBuilder("<h1>").append(escape(t.get("accounts.title"))).append("</h1>\n");
        PageParts.search(body, t, "/registri/akun", q, "search.accounts");
        PageParts.table(body, t, "accounts", List.of("col.platform", "col.handle", "col.unit", "col.status"), page.items().stream()
                .map(a -> List.of(escape(a.platform().name()), link(a.url(), "@" + a.handle()), unitLink(tree, a.unitId()),
                        PageParts.badge(t.get(a.active() ? "active" : "inactive"), a.active()))).toList());
        PageParts.paging(body, t, page, "/registri/akun", q);
        render(v, t.get("accounts.title"), "/registri/akun", body);
    }

    private void coveragePage(View v) throws IOException {
        Messages t = v.text();
        List<CoverageReport.Row> rows = coverage.rows(v.scope(), Dates.today());
        StringBuilder body = new StringBuilder("<h1>").append(escape(t.get("coverage.title"))).append("</h1>\n<p class=\"muted\">")
                .append(escape(t.get("coverage.intro"))).append("</p>\n<figure>").append(CoverageChart.svg(rows, t)).append("</figure>\n<p>")
                .append("<a class=\"button\" id=\"coverage-csv\" href=\"/api/reports/coverage.csv\">").append(escape(t.get("coverage.csv")))
                .append("</a></p>");
        List<List<String>> table = new ArrayList<>();
        for (CoverageReport.Row r : rows) {
            table.add(List.of("&#8195;".repeat(r.depth()) + link("/registri/unit/" + r.unitId(), r.name()), String.valueOf(r.admins()),
                    String.valueOf(r.withActiveDecree()), String.valueOf(r.certified().get(Tier.DASAR)),
                    String.valueOf(r.certified().get(Tier.MENENGAH)), String.valueOf(r.certified().get(Tier.MAHIR)),
                    String.valueOf(r.accounts()), String.valueOf(r.accountsWithoutAdmin())));
        }
        PageParts.table(body, t, "coverage", List.of("col.unit", "coverage.admins", "coverage.withDecree", "tier.DASAR", "tier.MENENGAH",
                "tier.MAHIR", "coverage.accounts", "coverage.unmanaged"), table);
        render(v, t.get("coverage.title"), "/registri/cakupan", body);
    }

    private void importPage(View v, ImportReport report) throws IOException {
        Messages t = v.text();
        StringBuilder body = new StringBuilder("<h1>").append(escape(t.get("import.title"))).append("</h1>\n<p class=\"muted\">")
                .append(escape(t.get("import.intro"))).append("</p>\n");
        if (report != null) {
            reportHtml(body, t, report);
        }
        body.append("<form method=\"post\" action=\"/registri/impor\" enctype=\"multipart/form-data\" id=\"import-form\">")
                .append("<input type=\"hidden\" name=\"").append(SessionService.CSRF_FIELD).append("\" value=\"")
                .append(escape(v.session().csrfToken())).append("\"><label for=\"kind\">").append(escape(t.get("import.kind")))
                .append("</label><select id=\"kind\" name=\"kind\">");
        String chosen = report == null ? "people" : report.getKind();
        for (String kind : importer.kinds()) {
            body.append("<option value=\"").append(kind).append('"').append(kind.equals(chosen) ? " selected" : "").append('>')
                    .append(escape(t.get("import.kind." + kind))).append("</option>");
        }
        body.append("</select><label for=\"file\">").append(escape(t.get("import.file")))
                .append("</label><input id=\"file\" name=\"file\" type=\"file\" accept=\".csv,text/csv\" required>")
                .append("<button type=\"submit\" name=\"mode\" value=\"dry\" id=\"import-dry\">").append(escape(t.get("import.dryRun")))
                .append("</button><button type=\"submit\" name=\"mode\" value=\"run\" id=\"import-run\">").append(escape(t.get("import.run")))
                .append("</button></form>\n<h2>").append(escape(t.get("import.export"))).append("</h2><ul>");
        for (String kind : importer.kinds()) {
            body.append("<li>").append(link("/api/export/" + kind + ".csv", t.get("import.kind." + kind))).append(" — <span class=\"muted\">")
                    .append(escape(t.get("import.columns", String.join(", ", importer.kind(kind).columns())))).append("</span></li>");
        }
        body.append("</ul>");
        render(v, t.get("import.title"), "/registri/impor", body);
    }

    private static void reportHtml(StringBuilder body, Messages t, ImportReport report) {
        body.append("<section id=\"import-report\"><p class=\"").append(report.hasErrors() ? "error" : "notice").append("\">")
                .append(escape(t.get("import.result", report.summary()))).append(' ')
                .append(escape(t.get(report.isApplied() ? "import.applied" : "import.notApplied"))).append("</p>");
        if (report.hasErrors()) {
            body.append("<h2>").append(escape(t.get("import.errors"))).append("</h2>");
            PageParts.table(body, t, "import-errors", List.of("import.row", "import.column", "import.reason"), report.getErrors().stream()
                    .map(e -> List.of(String.valueOf(e.row()), escape(e.column()), escape(e.reason()))).toList());
        }
        if (!report.getChanges().isEmpty()) {
            body.append("<h2>").append(escape(t.get("import.changes"))).append("</h2>");
            PageParts.table(body, t, "import-changes", List.of("import.row", "import.action", "import.key", "import.column"),
                    report.getChanges().stream().map(c -> List.of(String.valueOf(c.row()), escape(t.get("import.action." + c.action())),
                            escape(c.key()), escape(String.join(", ", c.columns())))).toList());
        }
        body.append("</section>");
    }

    private void importFile(View v) throws IOException {
        Messages t = v.text();
        if (!Csrf.tokenMatches(v.request(), v.session())) {
            layout.render(v.request(), v.response(), 403, t.get("csrf.text"), "<p class=\"error\">" + escape(t.get("csrf.text")) + "</p>");
            return;
        }
        String kind = v.request().getParameter("kind");
        boolean dryRun = !"run".equals(v.request().getParameter("mode"));
        byte[] csv;
        try {
            csv = ImportExportApiServlet.csv(v.request());
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw ApiException.badRequest("no_file", t.get("import.nofile"));
        }
        importPage(v, importer.run(v.scope(), kind == null ? "" : kind, csv, dryRun));
    }
}
