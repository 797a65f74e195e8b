package org.bimtek.events.internal.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.events.Attendance;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.learning.LearningEvents;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.events.internal.enrol.CheckInCodes;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.EnrolmentStore;
import org.bimtek.events.internal.enrol.Enrolments;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.people.Directory;
import org.bimtek.events.internal.people.Participant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Check-in at the desk and the attendance it records, once per person and event, with the time and who checked them
 * in. Also the platform's {@link Attendance} service: who attended what, for the ladder and the awards.
 */
@Component(service = {Attendances.class, Attendance.class})
public final class Attendances implements Attendance {

    /** Posted after a check-in: certification evaluates the trainee's ladder again (it listens to the whole prefix). */
    public static final String TOPIC_ATTENDED = org.bimtek.api.learning.LearningEvents.EVENT_ATTENDED;

    private final Database database;
    private final Events events;
    private final Enrolments enrolments;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    @Activate
    public Attendances(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.events)") Schema schema,
            @Reference Events events, @Reference Enrolments enrolments, @Reference Directory directory, @Reference AuditLog audit) {
        this(database, events, enrolments, directory, audit, events.clock());
    }

    public Attendances(Database database, Events events, Enrolments enrolments, Directory directory, AuditLog audit, Clock clock) {
        this.database = database;
        this.events = events;
        this.enrolments = enrolments;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks in the participant whose code this is. A second check-in records nothing and says when the first was;
     * a code of another event, or of someone without a seat, is refused.
     */
    public CheckIn checkIn(long eventId, String typedCode, User desk) {
        events.get(eventId);
        String code = CheckInCodes.normalize(typedCode).orElseThrow(() -> ApiException.badRequest("invalid_code",
                "Kode check-in terdiri dari " + CheckInCodes.LENGTH + " huruf dan angka, misalnya K7P3X9MQ2A."));
        Enrolment e = database.withConnection(c -> EnrolmentStore.byCode(c, eventId, code))
                .orElseThrow(() -> ApiException.notFound("Kode " + code + " tidak dikenal untuk acara ini."));
        String name = directory.name(e.userId());
        if (e.checkedIn()) {
            return new CheckIn(CheckIn.Status.ALREADY, e, name, e.checkedInAt(), e.checkedInBy());
        }
        requireSeat(e, name);
        Instant now = clock.instant();
        boolean recorded = database.withConnection(c -> EnrolmentStore.checkIn(c, e.id(), now, desk.username()));
        Enrolment after = database.withConnection(c -> EnrolmentStore.byCode(c, eventId, code)).orElseThrow();
        if (!recorded) {
            // Another desk was faster, or the seat was cancelled in between.
            if (after.checkedIn()) {
                return new CheckIn(CheckIn.Status.ALREADY, after, name, after.checkedInAt(), after.checkedInBy());
            }
            requireSeat(after, name);
        }
        audit.record(desk.username(), "events.check_in", "event:" + eventId, "enrolment:" + e.id());
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(new org.osgi.service.event.Event(TOPIC_ATTENDED, Map.of(LearningEvents.USER_ID, e.userId(), "eventId", eventId)));
        }
        return new CheckIn(CheckIn.Status.RECORDED, after, name, after.checkedInAt(), after.checkedInBy());
    }

    private static void requireSeat(Enrolment e, String name) {
        if (e.state() != EnrolmentState.ENROLLED) {
            throw ApiException.conflict("not_enrolled", name + " tidak memegang kursi di acara ini (status: " + e.state().word() + ").");
        }
    }

    void eventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    /**
     * The attendance list: everyone holding or waiting for a seat, and anyone checked in, by name; cancelled
     * enrolments are left out.
     */
    public List<AttendanceRow> list(long eventId) {
        events.get(eventId);
        List<AttendanceRow> rows = new ArrayList<>();
        for (Enrolment e : enrolments.ofEvent(eventId)) {
            if (e.state() == EnrolmentState.CANCELLED && !e.checkedIn()) {
                continue;
            }
            Participant p = directory.participant(e.userId(), e.unitId());
            rows.add(new AttendanceRow(e.id(), p.name(), p.nip(), p.unit(), e.state(), e.checkedInAt(), e.checkedInBy()));
        }
        rows.sort(Comparator.comparingInt((AttendanceRow r) -> r.state() == EnrolmentState.ENROLLED ? 0 : 1)
                .thenComparing(AttendanceRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** How many of the event's participants were checked in. */
    public int checkedIn(long eventId) {
        return (int) enrolments.ofEvent(eventId).stream().filter(Enrolment::checkedIn).count();
    }

    @Override
    public List<AttendedEvent> attended(long userId) {
        Map<Long, List<String>> courses = new HashMap<>();
        List<AttendedEvent> attended = new ArrayList<>();
        for (EnrolmentStore.Attended a : database.withConnection(c -> EnrolmentStore.attended(c, userId))) {
            List<String> related = courses.computeIfAbsent(a.eventId(), id -> events.find(id).map(Event::courseIds).orElse(List.of()));
            attended.add(new AttendedEvent(a.eventId(), a.title(), related, a.startsAt(), a.checkedInAt()));
        }
        return attended;
    }
}
