package org.bimtek.events.internal.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.Outcome;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.ladder.EventAttendedRequirement;
import org.bimtek.events.internal.support.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-in at the desk, once per person, and what it counts for: the attendance list and the ladder. */
class AttendancesTest {

    private Fixture f;
    private Event event;
    private User siti;
    private Outcome sitis;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        event = f.event(1, Map.of(), false);
        siti = f.trainee("siti", Fixture.AIR_PUTIH);
        sitis = f.enrolments.enrol(event.id(), siti);
    }

    @Test
    void aSecondCheckInRecordsNothingAndSaysWhenTheFirstWas() {
        String code = sitis.enrolment().checkInCode();
        f.later(Duration.ofDays(7));
        CheckIn first = f.attendances.checkIn(event.id(), code.toLowerCase(Locale.ROOT).substring(0, 5) + "-" + code.substring(5), f.admin);
        assertEquals(CheckIn.Status.RECORDED, first.status(), "typed in lower case with a dash: still the code");
        assertEquals("Admin siti", first.name());
        Instant at = first.checkedInAt();
        assertEquals(f.clock.instant(), at);
        assertEquals("admin", first.checkedInBy());

        f.later(Duration.ofMinutes(20));
        CheckIn second = f.attendances.checkIn(event.id(), code, f.users.add("admin2", org.bimtek.api.identity.Role.ADMIN));
        assertEquals(CheckIn.Status.ALREADY, second.status());
        assertEquals(at, second.checkedInAt(), "the first time stays");
        assertEquals("admin", second.checkedInBy());
        assertTrue(second.message().startsWith("Admin siti sudah tercatat pada 8 Maret 2026 pukul 10.00 WITA"), second.message());
        assertEquals(1, f.audit.count("events.check_in"));
        assertEquals(1, f.attendances.checkedIn(event.id()));
        List<AttendedEvent> attended = f.attendances.attended(siti.id());
        assertEquals(1, attended.size());
        assertEquals(at, attended.get(0).checkedInAt());
        assertEquals(List.of("penulisan-berita-dasar"), attended.get(0).courseIds());
    }

    @Test
    void onlyAParticipantWithASeatIsCheckedInAndOnlyAtTheirEvent() {
        User budi = f.trainee("budi", null);
        Outcome waiting = f.enrolments.enrol(event.id(), budi);
        assertEquals(EnrolmentState.WAITLISTED, waiting.enrolment().state());
        ApiException notSeated = assertThrows(ApiException.class, () -> f.attendances.checkIn(event.id(), waiting.enrolment().checkInCode(), f.admin));
        assertEquals(409, notSeated.status());
        assertTrue(notSeated.getMessage().contains("Daftar tunggu"), notSeated.getMessage());

        Event other = f.event(5, Map.of(), false);
        assertEquals(404, assertThrows(ApiException.class, () -> f.attendances.checkIn(other.id(), sitis.enrolment().checkInCode(), f.admin))
                .status(), "a code is good at its own event only");
        assertEquals(400, assertThrows(ApiException.class, () -> f.attendances.checkIn(event.id(), "12345", f.admin)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> f.attendances.checkIn(event.id(), null, f.admin)).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.attendances.checkIn(event.id(), "ABCDEFGHJK", f.admin)).status());
    }

    @Test
    void aCheckedInParticipantCannotCancel() {
        f.attendances.checkIn(event.id(), sitis.enrolment().checkInCode(), f.admin);
        ApiException refused = assertThrows(ApiException.class, () -> f.enrolments.cancelOwn(event.id(), siti));
        assertEquals("already_attended", refused.code());
    }

    @Test
    void theRequirementIsMetOnceTheTraineeWasCheckedIn() {
        EventAttendedRequirement requirement = new EventAttendedRequirement(f.attendances, f.events, f.enrolments);
        Map<String, String> course = Map.of("course", "penulisan-berita-dasar");
        assertTrue(requirement.check(course).isEmpty());
        assertTrue(requirement.check(Map.of()).isPresent());
        assertTrue(requirement.check(Map.of("course", "Bukan Id")).isPresent());

        Evaluation before = requirement.evaluate(siti.id(), course, Locale.forLanguageTag("id"));
        assertFalse(before.met());
        assertEquals("Menghadiri acara bimtek untuk kursus penulisan-berita-dasar", before.label());
        assertEquals("Terdaftar di Bimtek Penulisan Berita, 8 Maret 2026; kehadiran dicatat saat check-in", before.missing());
        assertEquals("/acara", before.link());

        f.later(Duration.ofDays(7));
        CheckIn in = f.attendances.checkIn(event.id(), sitis.enrolment().checkInCode(), f.admin);
        Evaluation after = requirement.evaluate(siti.id(), course, Locale.forLanguageTag("id"));
        assertTrue(after.met());
        assertNull(after.missing());
        assertEquals("event", after.evidence().kind());
        assertEquals(Long.toString(event.id()), after.evidence().reference());
        assertEquals("Bimtek Penulisan Berita", after.evidence().title());
        assertEquals(in.checkedInAt(), after.evidence().achievedAt());
        assertFalse(requirement.evaluate(siti.id(), Map.of("course", "editing-video-dasar"), Locale.ROOT).met(), "another course");
        assertFalse(requirement.evaluate(f.trainee("lain", null).id(), course, Locale.ROOT).met(), "another trainee");
    }

    @Test
    void theAttendanceListNamesEveryoneWithTheirUnitAndCheckIn() {
        f.trainee("zaki", null);
        User budi = f.trainee("budi", Fixture.RAWA_MAKMUR);
        f.enrolments.enrol(event.id(), budi);
        f.attendances.checkIn(event.id(), sitis.enrolment().checkInCode(), f.admin);
        List<AttendanceRow> rows = f.attendances.list(event.id());
        assertEquals(2, rows.size());
        AttendanceRow first = rows.get(0);
        assertEquals("Admin siti", first.name(), "the seated first");
        assertEquals("Kelurahan Air Putih", first.unit());
        assertEquals(EnrolmentState.ENROLLED, first.state());
        assertEquals("admin", first.checkedInBy());
        assertEquals(EnrolmentState.WAITLISTED, rows.get(1).state());
        assertNull(rows.get(1).checkedInAt());
    }
}
