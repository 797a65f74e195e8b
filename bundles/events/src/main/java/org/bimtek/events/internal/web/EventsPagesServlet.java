package org.bimtek.events.internal.web;

import static org.bimtek.api.web.Html.escape;
import static org.bimtek.events.internal.web.PageParts.HEAD;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.api.web.PageLayout;
import org.bimtek.events.internal.checkin.Attendances;
import org.bimtek.events.internal.checkin.CheckIn;
import org.bimtek.events.internal.checkin.QrPng;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.Enrolments;
import org.bimtek.events.internal.enrol.Outcome;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.EventInput;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.event.Seats;
import org.bimtek.events.internal.event.Wita;
import org.bimtek.events.internal.people.Directory;
import org.bimtek.events.internal.people.Participant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The event pages: the list ({@code /acara}), my events ({@code /acara/saya}), an event ({@code /acara/<id>}: details
 * in WITA, enrol and cancel, my state, my QR code), and for administrators the new-event form ({@code /acara/baru}),
 * the check-in desk ({@code /acara/<id>/check-in}) and the enrolment list ({@code /acara/<id>/peserta}, which a
 * supervisor also sees for their own unit). Every form works without script; the check-in page's script only adds the
 * camera.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-events-pages")
@HttpWhiteboardServletPattern({"/acara", "/acara/*"})
public final class EventsPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient Events events;
    private final transient Enrolments enrolments;
    private final transient Attendances attendances;
    private final transient Directory directory;

    @Activate
    public EventsPagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference Events events,
            @Reference Enrolments enrolments, @Reference Attendances attendances, @Reference Directory directory) {
        this.layout = layout;
        this.sessions = sessions;
        this.events = events;
        this.enrolments = enrolments;
        this.attendances = attendances;
        this.directory = directory;
    }

    /** One request: who is asking. */
    private record View(HttpServletRequest request, HttpServletResponse response, Session session) {
        User user() {
            return session.user();
        }

        boolean admin() {
            return user().hasRole(Role.ADMIN);
        }

        boolean supervisor() {
            return user().hasRole(Role.SUPERVISOR);
        }

        String csrf() {
            return session.csrfToken();
        }

        String param(String name) {
            String value = request.getParameter(name);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getCharacterEncoding() == null) {
            // Forms are sent in the page's encoding; names like "Siti Rahmawati" must not arrive as Latin-1.
            request.setCharacterEncoding("UTF-8");
        }
        Optional<Session> session = SessionCookie.sessionOrLogin(request, response, sessions);
        if (session.isEmpty()) {
            return;
        }
        View v = new View(request, response, session.get());
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String[] p = path.isEmpty() ? new String[0] : path.split("/");
        boolean post = "POST".equals(request.getMethod());
        try {
            if (post && !Csrf.tokenMatches(request, v.session())) {
                throw ApiException.forbidden("Formulir kedaluwarsa; muat ulang halaman lalu coba lagi.");
            }
            route(v, p, post);
        } catch (ApiException e) {
            layout.render(request, response, e.status(), e.getMessage(), HEAD + "<p><a href=\"/acara\">← Semua acara</a></p>\n"
                    + PageParts.error(e.getMessage()));
        }
    }

    private void route(View v, String[] p, boolean post) throws IOException {
        if (p.length == 0 && !post) {
            list(v);
        } else if (p.length == 1 && p[0].equals("saya") && !post) {
            mine(v);
        } else if (p.length == 1 && p[0].equals("baru")) {
            requireAdmin(v);
            if (post) {
                create(v);
            } else {
                newForm(v, Map.of(), null);
            }
        } else if (p.length == 1 && !post) {
            eventPage(v, number(p[0]), "1".equals(v.request().getParameter("dibuat")) ? "Acara dibuat." : null, null);
        } else if (p.length == 2 && post && p[1].equals("daftar")) {
            enrol(v, number(p[0]));
        } else if (p.length == 2 && post && p[1].equals("batal")) {
            cancelOwn(v, number(p[0]));
        } else if (p.length == 2 && p[1].equals("check-in")) {
            requireAdmin(v);
            checkIn(v, number(p[0]), post);
        } else if (p.length == 2 && p[1].equals("peserta") && !post) {
            requireListViewer(v);
            enrolmentsPage(v, number(p[0]), null, null, 200);
        } else if (p.length == 3 && p[1].equals("peserta") && p[2].equals("usulkan") && post) {
            requireListViewer(v);
            nominate(v, number(p[0]));
        } else if (p.length == 4 && p[1].equals("peserta") && post && (p[3].equals("setujui") || p[3].equals("batalkan"))) {
            requireAdmin(v);
            decide(v, number(p[0]), number(p[2]), p[3].equals("setujui"));
        } else {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }

    private static void requireAdmin(View v) {
        if (!v.admin()) {
            throw ApiException.forbidden("Halaman ini untuk admin Diskominfo.");
        }
    }

    private static void requireListViewer(View v) {
        if (!v.admin() && !v.supervisor()) {
            throw ApiException.forbidden("Halaman ini untuk admin dan pengawas unit.");
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }

    // ---- Everyone: the list, my events, an event ----

    private void list(View v) throws IOException {
        List<Event> all = events.all();
        Map<Long, Seats> seats = events.seats(all);
        Map<Long, Enrolment> mine = new LinkedHashMap<>();
        enrolments.ofUser(v.user().id()).forEach(e -> mine.put(e.eventId(), e));
        Instant now = events.clock().instant();
        StringBuilder body = new StringBuilder(HEAD).append("<h1>Acara bimtek</h1>\n<p class=\"actions\"><a href=\"/acara/saya\" id=\"my-events-link\">")
                .append("Acara saya</a>");
        if (v.admin()) {
            body.append(" <a class=\"button\" href=\"/acara/baru\" id=\"new-event\">Buat acara</a>");
        }
        body.append("</p>\n");
        List<Event> upcoming = all.stream().filter(e -> !e.over(now)).toList();
        List<Event> past = new ArrayList<>(all.stream().filter(e -> e.over(now)).toList());
        past.sort(Comparator.comparing(Event::startsAt).reversed());
        body.append("<h2>Akan datang</h2>\n");
        cards(body, upcoming, seats, mine, "events");
        if (upcoming.isEmpty()) {
            body.append("<p class=\"muted\" id=\"no-events\">Belum ada acara terjadwal.</p>\n");
        }
        if (!past.isEmpty()) {
            body.append("<h2>Sudah lewat</h2>\n");
            cards(body, past, seats, mine, "past-events");
        }
        layout.render(v.request(), v.response(), 200, "Acara bimtek", body.toString());
    }

    private static void cards(StringBuilder body, List<Event> list, Map<Long, Seats> seats, Map<Long, Enrolment> mine, String id) {
        body.append("<ul class=\"cards events\" id=\"").append(id).append("\">\n");
        for (Event e : list) {
            Seats s = seats.get(e.id());
            Enrolment my = mine.get(e.id());
            body.append("<li class=\"event\" data-event-id=\"").append(e.id()).append("\"><a class=\"card\" href=\"/acara/").append(e.id())
                    .append("\"><strong>").append(escape(e.title())).append("</strong><span class=\"line\">")
                    .append(escape(Wita.span(e.startsAt(), e.endsAt()))).append("</span><span class=\"line\">").append(escape(where(e)))
                    .append("</span><span class=\"line seats\" id=\"seats-").append(e.id()).append("\">").append(PageParts.seatLine(s))
                    .append("</span>");
            if (s.waitlisted() > 0) {
                body.append("<span class=\"line\" id=\"waitlist-").append(e.id()).append("\">Daftar tunggu: ").append(s.waitlisted()).append("</span>");
            }
            if (my != null && my.state().active()) {
                body.append("<span class=\"line\">").append(PageParts.badge(my.state())).append("</span>");
            }
            body.append("</a></li>\n");
        }
        body.append("</ul>\n");
    }

    private static String where(Event e) {
        return e.place() != null ? e.place() : "Daring";
    }

    private void mine(View v) throws IOException {
        List<Enrolment> mine = new ArrayList<>(enrolments.ofUser(v.user().id()));
        Map<Long, Event> byId = new LinkedHashMap<>();
        for (Enrolment e : mine) {
            events.find(e.eventId()).ifPresent(ev -> byId.put(ev.id(), ev));
        }
        mine.removeIf(e -> !byId.containsKey(e.eventId()));
        mine.sort(Comparator.comparing((Enrolment e) -> byId.get(e.eventId()).startsAt()).reversed());
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/acara\">← Semua acara</a></p>\n<h1>Acara saya</h1>\n");
        if (mine.isEmpty()) {
            body.append("<p class=\"muted\" id=\"no-enrolments\">Anda belum mendaftar di acara apa pun. <a href=\"/acara\">Lihat jadwal acara</a>.</p>\n");
        }
        body.append("<ul class=\"cards events\" id=\"my-events\">\n");
        for (Enrolment e : mine) {
            Event ev = byId.get(e.eventId());
            body.append("<li class=\"event\" data-event-id=\"").append(ev.id()).append("\" data-state=\"").append(e.state().name())
                    .append("\"><a class=\"card\" href=\"/acara/").append(ev.id()).append("\"><strong>").append(escape(ev.title()))
                    .append("</strong><span class=\"line\">").append(escape(Wita.span(ev.startsAt(), ev.endsAt()))).append("</span><span class=\"line\">")
                    .append(PageParts.badge(e.state())).append("</span>");
            if (e.checkedIn()) {
                body.append("<span class=\"line attended\">Hadir pada ").append(escape(Wita.dateTime(e.checkedInAt()))).append("</span>");
            }
            body.append("</a></li>\n");
        }
        body.append("</ul>\n");
        layout.render(v.request(), v.response(), 200, "Acara saya", body.toString());
    }

    private void eventPage(View v, long id, String notice, String error) throws IOException {
        Event e = events.get(id);
        Seats seats = events.seats(e);
        Instant now = events.clock().instant();
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/acara\">← Semua acara</a></p>\n<h1 id=\"event-title\">")
                .append(escape(e.title())).append("</h1>\n");
        details(body, e, seats, now);
        body.append(PageParts.notice(notice)).append(PageParts.error(error));
        myEnrolment(body, v, e, enrolments.mine(id, v.user().id()), now);
        if (e.description() != null) {
            body.append("<h2>Tentang acara</h2>\n<p class=\"description\" id=\"event-description\">").append(escape(e.description()).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        if (!e.courseIds().isEmpty()) {
            body.append("<p id=\"event-courses\">Kursus terkait: ");
            String sep = "";
            for (String course : e.courseIds()) {
                body.append(sep).append("<a href=\"/kursus/").append(escape(course)).append("\">").append(escape(course)).append("</a>");
                sep = ", ";
            }
            body.append("</p>\n");
        }
        if (v.admin() || v.supervisor()) {
            body.append("<p class=\"actions\">");
            if (v.admin()) {
                body.append("<a class=\"button\" id=\"check-in-link\" href=\"/acara/").append(e.id()).append("/check-in\">Check-in peserta</a> ");
            }
            body.append("<a class=\"button secondary\" id=\"enrolments-link\" href=\"/acara/").append(e.id()).append("/peserta\">Daftar peserta</a></p>\n");
        }
        layout.render(v.request(), v.response(), 200, e.title(), body.toString());
    }

    private static void details(StringBuilder body, Event e, Seats seats, Instant now) {
        body.append("<p id=\"event-when\"><strong>").append(escape(Wita.span(e.startsAt(), e.endsAt()))).append("</strong></p>\n")
                .append("<p id=\"event-place\">").append(PageParts.place(e)).append("</p>\n")
                .append("<p class=\"seats\" id=\"seats-").append(e.id()).append("\">").append(PageParts.seatLine(seats)).append("</p>\n");
        if (seats.waitlisted() > 0) {
            body.append("<p id=\"waitlist-").append(e.id()).append("\">Daftar tunggu: ").append(seats.waitlisted()).append("</p>\n");
        }
        body.append(PageParts.quotas(e)).append("<p class=\"muted\" id=\"enrolment-window\">").append(escape(PageParts.window(e, now)))
                .append("</p>\n");
    }

    /** My state, my QR code and code while I hold a seat, my attendance, and the button that fits. */
    private static void myEnrolment(StringBuilder body, View v, Event e, Optional<Outcome> mine, Instant now) {
        EnrolmentState state = mine.map(o -> o.enrolment().state()).orElse(null);
        body.append("<section class=\"card mine\" id=\"my-enrolment\" data-state=\"").append(state == null ? "NONE" : state.name())
                .append("\">\n<h2>Pendaftaran saya</h2>\n");
        if (state == null || state == EnrolmentState.CANCELLED) {
            body.append("<p id=\"my-state\">").append(state == null ? "Anda belum mendaftar." : "Pendaftaran Anda dibatalkan.").append("</p>\n");
            if (e.enrolmentOpenAt(now)) {
                body.append(PageParts.button("/acara/" + e.id() + "/daftar", v.csrf(), "enrol", state == null ? "Daftar" : "Daftar lagi", null));
            }
            body.append("</section>\n");
            return;
        }
        Enrolment my = mine.get().enrolment();
        body.append("<p id=\"my-state\">").append(PageParts.badge(state));
        if (state == EnrolmentState.WAITLISTED) {
            body.append(" nomor <strong id=\"my-position\">").append(mine.get().position()).append("</strong>. Anda naik otomatis bila ada kursi kosong.");
        } else if (state == EnrolmentState.PENDING) {
            body.append(" Admin akan meninjau pendaftaran Anda.");
        }
        body.append("</p>\n");
        if (my.nominatedBy() != null) {
            body.append("<p class=\"muted\">Didaftarkan oleh ").append(escape(my.nominatedBy())).append(".</p>\n");
        }
        if (my.checkedIn()) {
            body.append("<p class=\"notice\" id=\"attended\">Hadir pada ").append(escape(Wita.dateTime(my.checkedInAt()))).append("</p>\n");
        }
        if (state == EnrolmentState.ENROLLED) {
            String code = my.checkInCode();
            body.append("<figure class=\"qr\"><img id=\"check-in-qr\" src=\"").append(escape(QrPng.dataUrl(code))).append("\" alt=\"Kode QR check-in ")
                    .append(escape(code)).append("\" width=\"232\" height=\"232\"><figcaption>Kode check-in: <strong id=\"check-in-code\">")
                    .append(escape(code)).append("</strong></figcaption></figure>\n<p class=\"muted\">Tunjukkan kode QR ini di meja registrasi, ")
                    .append("atau sebutkan kodenya.</p>\n");
        }
        if (!my.checkedIn() && !e.over(now)) {
            body.append(PageParts.button("/acara/" + e.id() + "/batal", v.csrf(), "cancel-enrolment", "Batalkan pendaftaran", "secondary"));
        }
        body.append("</section>\n");
    }

    private void enrol(View v, long id) throws IOException {
        try {
            Outcome o = enrolments.enrol(id, v.user());
            eventPage(v, id, o.changed() ? EventViews.message(o) : "Anda sudah terdaftar di acara ini.", null);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            eventPage(v, id, null, e.getMessage());
        }
    }

    private void cancelOwn(View v, long id) throws IOException {
        try {
            enrolments.cancelOwn(id, v.user());
            eventPage(v, id, "Pendaftaran Anda dibatalkan.", null);
        } catch (ApiException e) {
            if (e.status() == 404 && events.find(id).isEmpty()) {
                throw e;
            }
            eventPage(v, id, null, e.getMessage());
        }
    }

    // ---- Administrators: check-in desk, new event; with supervisors: the enrolment list ----

    private void checkIn(View v, long id, boolean post) throws IOException {
        Event e = events.get(id);
        String result = "";
        int status = 200;
        if (post) {
            try {
                CheckIn c = attendances.checkIn(id, v.request().getParameter("kode"), v.user());
                result = "<p class=\"notice\" id=\"check-in-result\" role=\"status\" data-status=\"" + c.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "\">" + escape(c.message()) + "</p>\n";
            } catch (ApiException ex) {
                status = ex.status();
                result = "<p class=\"error\" id=\"check-in-result\" role=\"alert\" data-status=\"error\">" + escape(ex.getMessage()) + "</p>\n";
            }
        }
        Seats seats = events.seats(e);
        StringBuilder body = new StringBuilder(HEAD).append("<script src=\"/acara-aset/check-in.js\" defer></script>\n<p><a href=\"/acara/")
                .append(e.id()).append("\">← ").append(escape(e.title())).append("</a></p>\n<h1>Check-in peserta</h1>\n<p class=\"muted\">")
                .append(escape(Wita.span(e.startsAt(), e.endsAt()))).append("</p>\n").append(result)
                .append("<form method=\"post\" action=\"/acara/").append(e.id()).append("/check-in\" id=\"check-in-form\" autocomplete=\"off\">")
                .append(PageParts.csrf(v.csrf())).append("<label for=\"code\">Kode peserta</label><input id=\"code\" name=\"kode\" required ")
                .append("maxlength=\"20\" autocapitalize=\"characters\" spellcheck=\"false\" autofocus placeholder=\"misalnya K7P3X9MQ2A\">")
                .append("<button type=\"submit\" id=\"check-in-submit\">Catat kehadiran</button></form>\n")
                .append("<div id=\"scanner\" class=\"scanner\" hidden><video id=\"camera\" playsinline muted></video></div>\n")
                .append("<p><button type=\"button\" id=\"scan\" class=\"secondary\" hidden>Pindai kode QR dengan kamera</button></p>\n")
                .append("<p class=\"muted\" id=\"scan-status\"></p>\n<p id=\"attended-count\">Hadir: ").append(attendances.checkedIn(id))
                .append(" dari ").append(seats.taken()).append(" peserta terdaftar.</p>\n");
        layout.render(v.request(), v.response(), status, "Check-in: " + e.title(), body.toString());
    }

    private void enrolmentsPage(View v, long id, String notice, String error, int status) throws IOException {
        Event e = events.get(id);
        Seats seats = events.seats(e);
        List<Enrolment> all = enrolments.ofEvent(id);
        Map<Long, Integer> positions = Enrolments.positions(all);
        Set<Long> scope = v.admin() ? null : directory.supervisedUnits(v.user().id());
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/acara/").append(e.id()).append("\">← ").append(escape(e.title()))
                .append("</a></p>\n<h1>Daftar peserta</h1>\n<p class=\"muted\">").append(escape(Wita.span(e.startsAt(), e.endsAt())))
                .append("</p>\n<p class=\"seats\" id=\"seats-").append(e.id()).append("\">").append(PageParts.seatLine(seats)).append("</p>\n");
        if (seats.waitlisted() > 0 || seats.pending() > 0) {
            body.append("<p>Daftar tunggu: ").append(seats.waitlisted()).append(" · Menunggu persetujuan: ").append(seats.pending()).append("</p>\n");
        }
        if (scope != null) {
            body.append("<p class=\"muted\">Hanya peserta dari unit yang Anda awasi.</p>\n");
        }
        body.append(PageParts.notice(notice)).append(PageParts.error(error));
        if (v.admin()) {
            body.append("<p class=\"actions\"><a class=\"button secondary\" id=\"attendance-csv\" href=\"/api/events/").append(e.id())
                    .append("/attendance?format=csv\">Unduh daftar hadir (CSV)</a> <a class=\"button secondary\" id=\"attendance-pdf\" href=\"/api/events/")
                    .append(e.id()).append("/attendance.pdf\">Lembar tanda tangan (PDF)</a></p>\n");
        }
        body.append("<div class=\"table\"><table id=\"enrolments\"><thead><tr><th>Nama</th><th>Unit</th><th>Status</th><th>Hadir</th>")
                .append(v.admin() ? "<th></th>" : "").append("</tr></thead><tbody>\n");
        int shown = 0;
        for (Enrolment en : all) {
            if (scope != null && (en.unitId() == null || !scope.contains(en.unitId()))) {
                continue;
            }
            shown++;
            Participant p = directory.participant(en.userId(), en.unitId());
            body.append("<tr data-enrolment-id=\"").append(en.id()).append("\" data-state=\"").append(en.state().name()).append("\"><td>")
                    .append(escape(p.name())).append(p.nip() == null ? "" : "<br><span class=\"muted\">" + escape(p.nip()) + "</span>")
                    .append("</td><td>").append(escape(p.unit() == null ? "-" : p.unit())).append("</td><td>").append(PageParts.badge(en.state()));
            if (positions.containsKey(en.id())) {
                body.append(" ").append(positions.get(en.id()));
            }
            if (en.nominatedBy() != null) {
                body.append("<br><span class=\"muted\">diusulkan ").append(escape(en.nominatedBy())).append("</span>");
            }
            body.append("</td><td>").append(en.checkedIn() ? escape(Wita.time(en.checkedInAt()) + " WITA") : "").append("</td>");
            if (v.admin()) {
                body.append("<td class=\"row-actions\">");
                String base = "/acara/" + e.id() + "/peserta/" + en.id();
                if (en.state() == EnrolmentState.PENDING) {
                    body.append(PageParts.button(base + "/setujui", v.csrf(), "approve-" + en.id(), "Setujui", "small approve"));
                }
                if (en.state().active() && !en.checkedIn()) {
                    body.append(PageParts.button(base + "/batalkan", v.csrf(), "cancel-" + en.id(), "Batalkan", "small"));
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        if (shown == 0) {
            body.append("<p class=\"muted\" id=\"enrolments-empty\">Belum ada pendaftar.</p>\n");
        }
        nominationForm(body, v, e, all);
        layout.render(v.request(), v.response(), status, "Peserta: " + e.title(), body.toString());
    }

    private void nominationForm(StringBuilder body, View v, Event e, List<Enrolment> all) {
        if (e.over(events.clock().instant())) {
            return;
        }
        // Those already in the running are not offered again.
        Set<Long> taken = new java.util.HashSet<>(all.stream().filter(en -> en.state().active()).map(Enrolment::userId).toList());
        List<Person> people = directory.nominees(v.user()).stream().filter(p -> !taken.contains(p.userId())).toList();
        body.append("<h2>Usulkan peserta</h2>\n");
        if (people.isEmpty()) {
            body.append("<p class=\"muted\">Tidak ada lagi orang dengan akun pengguna di registri unit Anda yang bisa diusulkan.</p>\n");
            return;
        }
        body.append("<form method=\"post\" action=\"/acara/").append(e.id()).append("/peserta/usulkan\" id=\"nominate-form\">")
                .append(PageParts.csrf(v.csrf())).append("<label for=\"person\">Orang (dari registri)</label><select id=\"person\" name=\"orang\" required>");
        for (Person person : people) {
            body.append("<option value=\"").append(person.id()).append("\">").append(escape(person.fullName()))
                    .append(person.nip() == null ? "" : " · " + escape(person.nip())).append("</option>");
        }
        body.append("</select><button type=\"submit\" id=\"nominate\">Usulkan</button></form>\n<p class=\"muted\">")
                .append(v.admin() ? "Usulan admin langsung mendapat kursi bila tersedia." : "Usulan menunggu persetujuan admin Diskominfo.")
                .append("</p>\n");
    }

    private void nominate(View v, long id) throws IOException {
        try {
            String person = v.param("orang");
            if (person == null) {
                throw ApiException.badRequest("person_required", "Pilih orang yang diusulkan.");
            }
            long personId;
            try {
                personId = Long.parseLong(person);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("person_required", "Pilih orang yang diusulkan.");
            }
            Outcome o = enrolments.nominate(id, personId, v.user());
            enrolmentsPage(v, id, directory.name(o.enrolment().userId()) + " diusulkan: " + o.enrolment().state().word().toLowerCase(java.util.Locale.ROOT)
                    + ".", null, 200);
        } catch (ApiException e) {
            if (e.status() == 404 && events.find(id).isEmpty()) {
                throw e;
            }
            enrolmentsPage(v, id, null, e.getMessage(), e.status());
        }
    }

    private void decide(View v, long id, long enrolmentId, boolean approve) throws IOException {
        try {
            Outcome o = approve ? enrolments.approve(id, enrolmentId, v.user()) : enrolments.cancel(id, enrolmentId, v.user());
            String name = directory.name(o.enrolment().userId());
            String notice = approve ? name + " disetujui: " + o.enrolment().state().word().toLowerCase(java.util.Locale.ROOT) + "."
                    : name + " dibatalkan." + (o.promoted().isEmpty() ? "" : " Naik dari daftar tunggu: "
                            + String.join(", ", o.promoted().stream().map(p -> directory.name(p.userId())).toList()) + ".");
            enrolmentsPage(v, id, notice, null, 200);
        } catch (ApiException e) {
            if (e.status() == 404 && events.find(id).isEmpty()) {
                throw e;
            }
            enrolmentsPage(v, id, null, e.getMessage(), e.status());
        }
    }

    private void newForm(View v, Map<String, String> values, ApiException error) throws IOException {
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/acara\">← Semua acara</a></p>\n<h1>Buat acara</h1>\n");
        if (error != null) {
            body.append(PageParts.error(error.getMessage()));
            if (error.details() instanceof Map<?, ?> fields && fields.size() > 1) {
                body.append("<ul class=\"field-errors\">");
                fields.values().forEach(m -> body.append("<li>").append(escape(String.valueOf(m))).append("</li>"));
                body.append("</ul>\n");
            }
        }
        body.append("<form method=\"post\" action=\"/acara/baru\" id=\"event-form\" class=\"event-form\">").append(PageParts.csrf(v.csrf()));
        input(body, "title", "judul", "Judul", "text", values, " required maxlength=\"200\"");
        body.append("<label for=\"description\">Deskripsi</label><textarea id=\"description\" name=\"deskripsi\" rows=\"4\" maxlength=\"4000\">")
                .append(escape(values.getOrDefault("deskripsi", ""))).append("</textarea>");
        input(body, "courses", "kursus", "Kursus terkait (id, pisahkan dengan koma)", "text", values, " placeholder=\"penulisan-berita-dasar\"");
        input(body, "date", "tanggal", "Tanggal (WITA)", "date", values, " required");
        body.append("<div class=\"pair\"><div>");
        input(body, "start", "mulai", "Mulai", "time", values, " required");
        body.append("</div><div>");
        input(body, "end", "selesai", "Selesai", "time", values, " required");
        body.append("</div></div>");
        input(body, "place", "tempat", "Tempat", "text", values, " maxlength=\"300\"");
        input(body, "online-url", "tautan", "Tautan daring (bila ada)", "url", values, " maxlength=\"500\"");
        input(body, "capacity", "kapasitas", "Kapasitas (kursi)", "number", values, " required min=\"1\" max=\"10000\" inputmode=\"numeric\"");
        body.append("<fieldset class=\"choices\"><legend>Kuota per unit (kosongkan bila tidak ada)</legend>");
        for (UnitKind kind : List.of(UnitKind.OPD, UnitKind.KECAMATAN, UnitKind.KELURAHAN)) {
            input(body, "quota-" + kind.name(), "kuota_" + kind.name(), "Paling banyak kursi untuk satu " + PageParts.kindWord(kind), "number",
                    values, " min=\"1\" inputmode=\"numeric\"");
        }
        body.append("</fieldset>");
        input(body, "opens", "dibuka", "Pendaftaran dibuka (kosong: sekarang)", "datetime-local", values, "");
        input(body, "closes", "ditutup", "Pendaftaran ditutup (kosong: saat acara mulai)", "datetime-local", values, "");
        body.append("<label class=\"check\"><input type=\"checkbox\" id=\"needs-approval\" name=\"persetujuan\" value=\"1\"")
                .append(values.containsKey("persetujuan") ? " checked" : "").append("> <span>Pendaftaran perlu persetujuan admin</span></label>")
                .append("<button type=\"submit\" id=\"create-event\">Buat acara</button></form>\n");
        layout.render(v.request(), v.response(), error == null ? 200 : error.status(), "Buat acara", body.toString());
    }

    private static void input(StringBuilder body, String id, String name, String label, String type, Map<String, String> values, String extra) {
        body.append("<label for=\"").append(id).append("\">").append(escape(label)).append("</label><input id=\"").append(id).append("\" name=\"")
                .append(name).append("\" type=\"").append(type).append("\" value=\"").append(escape(values.getOrDefault(name, ""))).append("\"")
                .append(extra).append(">");
    }

    private void create(View v) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("judul", "deskripsi", "kursus", "tanggal", "mulai", "selesai", "tempat", "tautan", "kapasitas", "kuota_OPD",
                "kuota_KECAMATAN", "kuota_KELURAHAN", "dibuka", "ditutup", "persetujuan")) {
            String value = v.param(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (UnitKind kind : List.of(UnitKind.OPD, UnitKind.KECAMATAN, UnitKind.KELURAHAN)) {
            String q = values.get("kuota_" + kind.name());
            if (q != null) {
                quotas.put(kind.name(), wholeNumber(q));
            }
        }
        String date = values.get("tanggal");
        EventInput input = new EventInput(values.get("judul"), values.get("deskripsi"),
                values.get("kursus") == null ? List.of() : List.of(values.get("kursus").split("[,\\s]+")),
                date == null || values.get("mulai") == null ? null : date + "T" + values.get("mulai"),
                date == null || values.get("selesai") == null ? null : date + "T" + values.get("selesai"), values.get("tempat"),
                values.get("tautan"), values.get("kapasitas") == null ? null : wholeNumber(values.get("kapasitas")), quotas,
                values.get("dibuka"), values.get("ditutup"), values.containsKey("persetujuan"));
        try {
            Event created = events.create(input, v.user().username());
            // Post, redirect, get: reloading the event's page must not create it again.
            v.response().setStatus(303);
            v.response().setHeader("Location", "/acara/" + created.id() + "?dibuat=1");
        } catch (ApiException e) {
            newForm(v, values, e);
        }
    }

    /** A typed number, or -1 (which the rules refuse with their own message) when it is none. */
    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
