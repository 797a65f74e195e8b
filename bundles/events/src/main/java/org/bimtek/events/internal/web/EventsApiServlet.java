package org.bimtek.events.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.events.internal.checkin.AttendanceCsv;
import org.bimtek.events.internal.checkin.AttendanceRow;
import org.bimtek.events.internal.checkin.Attendances;
import org.bimtek.events.internal.checkin.SignInSheet;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.Enrolments;
import org.bimtek.events.internal.enrol.Outcome;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.EventInput;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.people.Directory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The events REST API: events and their seats, the caller's own enrolment, nominations, the administrators' list
 * with approval and cancellation, check-in, and the attendance list (JSON, CSV, PDF sign-in sheet). Every role check
 * is here or in the services, never in a page's script.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-events-api")
@HttpWhiteboardServletPattern({"/api/events", "/api/events/*"})
public final class EventsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient Events events;
    private final transient Enrolments enrolments;
    private final transient Attendances attendances;
    private final transient Directory directory;

    /** {@code POST /api/events/{id}/nominate}. */
    public record Nomination(Long personId) {
    }

    /** {@code POST /api/events/{id}/check-in}. */
    public record Code(String code) {
    }

    @Activate
    public EventsApiServlet(@Reference SessionService sessions, @Reference Events events, @Reference Enrolments enrolments,
            @Reference Attendances attendances, @Reference Directory directory) {
        super(sessions);
        this.events = events;
        this.enrolments = enrolments;
        this.attendances = attendances;
        this.directory = directory;
        get("/api/events", call -> {
            List<Event> all = events.all();
            var seats = events.seats(all);
            Instant now = events.clock().instant();
            return all.stream().map(e -> EventViews.event(e, seats.get(e.id()), now)).toList();
        });
        post("/api/events", call -> {
            Event created = events.create(call.body(EventInput.class), call.user().username());
            call.status(201);
            return EventViews.event(created, events.seats(created), events.clock().instant());
        }).roles(Role.ADMIN);
        get("/api/events/{id}", call -> {
            Event event = event(call);
            Map<String, Object> view = EventViews.event(event, events.seats(event), events.clock().instant());
            view.put("enrolment", enrolments.mine(event.id(), call.user().id()).map(EventViews::mine).orElse(null));
            return view;
        });
        post("/api/events/{id}/enrol", call -> {
            Outcome outcome = enrolments.enrol(id(call), call.user());
            call.status(outcome.changed() ? 201 : 200);
            return EventViews.mine(outcome);
        });
        delete("/api/events/{id}/enrol", call -> EventViews.mine(enrolments.cancelOwn(id(call), call.user())));
        post("/api/events/{id}/nominate", call -> {
            Nomination body = call.body(Nomination.class);
            if (body.personId() == null) {
                throw ApiException.badRequest("person_required", "Sebutkan personId: id orang di registri.");
            }
            Outcome outcome = enrolments.nominate(id(call), body.personId(), call.user());
            call.status(201);
            return listed(outcome.enrolment(), outcome.position());
        }).roles(Role.SUPERVISOR, Role.ADMIN);
        get("/api/events/{id}/enrolments", this::enrolmentList).roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/events/{id}/enrolments/{enrolmentId}/approve", call -> {
            Outcome outcome = enrolments.approve(id(call), number(call.path("enrolmentId")), call.user());
            return listed(outcome.enrolment(), outcome.position());
        }).roles(Role.ADMIN);
        post("/api/events/{id}/enrolments/{enrolmentId}/cancel", call -> {
            Outcome outcome = enrolments.cancel(id(call), number(call.path("enrolmentId")), call.user());
            Map<String, Object> view = listed(outcome.enrolment(), null);
            view.put("promoted", outcome.promoted().stream().map(Enrolment::id).toList());
            return view;
        }).roles(Role.ADMIN);
        post("/api/events/{id}/check-in", call -> {
            Code body = call.body(Code.class);
            return EventViews.checkIn(attendances.checkIn(id(call), body.code(), call.user()));
        }).roles(Role.ADMIN);
        get("/api/events/{id}/attendance.pdf", call -> {
            Event event = event(call);
            List<AttendanceRow> seated = attendances.list(event.id()).stream().filter(r -> r.state() == EnrolmentState.ENROLLED).toList();
            file(call.response(), SignInSheet.render(event, seated), "application/pdf", "daftar-hadir-acara-" + event.id() + ".pdf");
            return WRITTEN;
        }).roles(Role.ADMIN);
        get("/api/events/{id}/attendance", call -> {
            List<AttendanceRow> rows = attendances.list(id(call));
            String format = call.query("format", "json");
            if (format.equals("csv")) {
                file(call.response(), AttendanceCsv.write(rows), "text/csv; charset=UTF-8", "daftar-hadir-acara-" + id(call) + ".csv");
                return WRITTEN;
            }
            if (!format.equals("json")) {
                throw ApiException.badRequest("format", "format harus json atau csv.");
            }
            return rows.stream().map(EventViews::attendance).toList();
        }).roles(Role.ADMIN);
    }

    /** An administrator sees every enrolment; a supervisor those of people in their unit's subtree. */
    private Object enrolmentList(Call call) {
        Event event = event(call);
        User user = call.user();
        List<Enrolment> all = enrolments.ofEvent(event.id());
        Map<Long, Integer> positions = Enrolments.positions(all);
        Set<Long> scope = user.hasRole(Role.ADMIN) ? null : directory.supervisedUnits(user.id());
        String state = call.query("state", null);
        return all.stream().filter(e -> scope == null || e.unitId() != null && scope.contains(e.unitId()))
                .filter(e -> state == null || e.state().name().equalsIgnoreCase(state))
                .map(e -> EventViews.enrolment(e, directory.participant(e.userId(), e.unitId()), positions.get(e.id()))).toList();
    }

    private Map<String, Object> listed(Enrolment e, Integer position) {
        return EventViews.enrolment(e, directory.participant(e.userId(), e.unitId()), position);
    }

    private Event event(Call call) {
        return events.get(id(call));
    }

    private static long id(Call call) {
        return number(call.path("id"));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Tidak ditemukan: " + text);
        }
    }

    static void file(HttpServletResponse response, byte[] bytes, String type, String name) throws IOException {
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
