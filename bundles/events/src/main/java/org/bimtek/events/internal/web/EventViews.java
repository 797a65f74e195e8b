package org.bimtek.events.internal.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bimtek.events.internal.checkin.AttendanceRow;
import org.bimtek.events.internal.checkin.CheckIn;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.Outcome;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.Seats;
import org.bimtek.events.internal.event.Wita;
import org.bimtek.events.internal.people.Participant;

/** The JSON shapes of the events API. Times are ISO-8601 UTC; {@code when} says them in WITA for people. */
final class EventViews {

    private EventViews() {
    }

    static Map<String, Object> event(Event e, Seats seats, Instant now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("title", e.title());
        v.put("description", e.description());
        v.put("courseIds", e.courseIds());
        v.put("startsAt", e.startsAt());
        v.put("endsAt", e.endsAt());
        v.put("when", Wita.span(e.startsAt(), e.endsAt()));
        v.put("place", e.place());
        v.put("onlineUrl", e.onlineUrl());
        v.put("capacity", e.capacity());
        v.put("seatsTaken", seats.taken());
        v.put("seatsFree", seats.free());
        v.put("waitlisted", seats.waitlisted());
        v.put("pending", seats.pending());
        v.put("seats", seats.taken() + " dari " + e.capacity() + " kursi terisi");
        Map<String, Integer> quotas = new TreeMap<>();
        e.quotas().forEach((kind, n) -> quotas.put(kind.name(), n));
        v.put("quotas", quotas);
        v.put("enrolmentOpensAt", e.enrolmentOpensAt());
        v.put("enrolmentClosesAt", e.enrolmentClosesAt());
        v.put("enrolmentOpen", e.enrolmentOpenAt(now));
        v.put("needsApproval", e.needsApproval());
        v.put("over", e.over(now));
        v.put("page", "/acara/" + e.id());
        return v;
    }

    /** The caller's own enrolment: the code only while it holds a seat, the position only while waiting for one. */
    static Map<String, Object> mine(Outcome o) {
        Enrolment e = o.enrolment();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("eventId", e.eventId());
        v.put("state", e.state().name());
        v.put("stateText", e.state().word());
        v.put("checkInCode", e.state() == EnrolmentState.ENROLLED ? e.checkInCode() : null);
        v.put("position", o.position());
        v.put("nominatedBy", e.nominatedBy());
        v.put("requestedAt", e.requestedAt());
        v.put("checkedInAt", e.checkedInAt());
        v.put("message", message(o));
        return v;
    }

    static String message(Outcome o) {
        return switch (o.enrolment().state()) {
            case ENROLLED -> o.enrolment().checkedIn() ? "Hadir pada " + Wita.dateTime(o.enrolment().checkedInAt()) + "."
                    : "Anda terdaftar dan mendapat kursi. Tunjukkan kode QR saat check-in.";
            case WAITLISTED -> "Kursi penuh; Anda di daftar tunggu nomor " + o.position() + ". Anda naik otomatis bila ada kursi kosong.";
            case PENDING -> "Pendaftaran menunggu persetujuan admin.";
            case CANCELLED -> "Pendaftaran dibatalkan.";
        };
    }

    /** One enrolment in an administrator's or supervisor's list: never the code, which is the participant's own. */
    static Map<String, Object> enrolment(Enrolment e, Participant p, Integer position) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("userId", e.userId());
        v.put("personId", e.personId());
        v.put("name", p.name());
        v.put("nip", p.nip());
        v.put("unitId", e.unitId());
        v.put("unit", p.unit());
        v.put("state", e.state().name());
        v.put("position", position);
        v.put("nominatedBy", e.nominatedBy());
        v.put("requestedAt", e.requestedAt());
        v.put("checkedInAt", e.checkedInAt());
        v.put("checkedInBy", e.checkedInBy());
        return v;
    }

    static Map<String, Object> attendance(AttendanceRow r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("enrolmentId", r.enrolmentId());
        v.put("name", r.name());
        v.put("nip", r.nip());
        v.put("unit", r.unit());
        v.put("state", r.state().name());
        v.put("checkedInAt", r.checkedInAt());
        v.put("checkedInBy", r.checkedInBy());
        return v;
    }

    static Map<String, Object> checkIn(CheckIn c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        v.put("enrolmentId", c.enrolment().id());
        v.put("userId", c.enrolment().userId());
        v.put("name", c.name());
        v.put("checkedInAt", c.checkedInAt());
        v.put("checkedInBy", c.checkedInBy());
        v.put("message", c.message());
        return v;
    }
}
