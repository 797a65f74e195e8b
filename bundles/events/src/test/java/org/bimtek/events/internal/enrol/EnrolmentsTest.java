package org.bimtek.events.internal.enrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.support.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enrolment on real in-memory Derby: seats, quotas and the waitlist, also with 50 threads at once. */
class EnrolmentsTest {

    private Fixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
    }

    /** Everyone enrols at the same moment, each on their own thread and database connection. */
    private List<Outcome> allAtOnce(Event event, List<User> users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            CountDownLatch ready = new CountDownLatch(users.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (User u : users) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return f.enrolments.enrol(event.id(), u);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyAtOnceForTenSeatsGiveTenSeatsAndAWaitlistInArrivalOrder() throws Exception {
        Event event = f.event(10, Map.of(), false);
        List<User> trainees = IntStream.range(0, 50).mapToObj(i -> f.trainee("peserta" + i, null)).toList();
        List<Outcome> outcomes = allAtOnce(event, trainees);

        List<Enrolment> stored = f.enrolments.ofEvent(event.id());
        assertEquals(50, stored.size());
        List<Enrolment> enrolled = stored.stream().filter(e -> e.state() == EnrolmentState.ENROLLED).toList();
        List<Enrolment> waitlisted = stored.stream().filter(e -> e.state() == EnrolmentState.WAITLISTED)
                .sorted(Comparator.comparingLong(Enrolment::seq)).toList();
        assertEquals(10, enrolled.size(), "never more than the capacity");
        assertEquals(40, waitlisted.size());
        long lastSeated = enrolled.stream().mapToLong(Enrolment::seq).max().orElseThrow();
        assertTrue(waitlisted.stream().allMatch(w -> w.seq() > lastSeated), "the first ten to arrive got the seats");
        assertEquals(50, stored.stream().map(Enrolment::seq).distinct().count(), "each change saw the one before: one order, no ties");

        // Each waitlisted trainee was told their place when they enrolled, and it is their place in arrival order.
        Map<Long, Integer> positions = Enrolments.positions(stored);
        for (int i = 0; i < waitlisted.size(); i++) {
            assertEquals(i + 1, positions.get(waitlisted.get(i).id()));
        }
        for (Outcome o : outcomes) {
            assertTrue(o.changed());
            if (o.enrolment().state() == EnrolmentState.WAITLISTED) {
                assertEquals(positions.get(o.enrolment().id()), o.position());
            } else {
                assertNull(o.position());
            }
        }
        assertEquals(50, stored.stream().map(Enrolment::checkInCode).distinct().count(), "every code is its own");
        assertEquals(10, f.events.seats(event).taken());
        assertEquals(40, f.events.seats(event).waitlisted());
    }

    @Test
    void aQuotaHoldsUnderConcurrentEnrolmentToo() throws Exception {
        Event event = f.event(30, Map.of("KELURAHAN", 2), false);
        List<User> airPutih = IntStream.range(0, 20).mapToObj(i -> f.trainee("airputih" + i, Fixture.AIR_PUTIH)).toList();
        List<User> sidodadi = IntStream.range(0, 5).mapToObj(i -> f.trainee("sidodadi" + i, Fixture.SIDODADI)).toList();
        List<User> everyone = new ArrayList<>(airPutih);
        everyone.addAll(sidodadi);
        allAtOnce(event, everyone);
        List<Enrolment> stored = f.enrolments.ofEvent(event.id());
        assertEquals(2, stored.stream().filter(e -> e.state() == EnrolmentState.ENROLLED && e.unitId() == Fixture.AIR_PUTIH).count());
        assertEquals(2, stored.stream().filter(e -> e.state() == EnrolmentState.ENROLLED && e.unitId() == Fixture.SIDODADI).count());
        assertEquals(21, stored.stream().filter(e -> e.state() == EnrolmentState.WAITLISTED).count());
    }

    @Test
    void cancellingASeatMovesTheFirstWaitlistedUp() {
        Event event = f.event(2, Map.of(), false);
        User ani = f.trainee("ani", null);
        User budi = f.trainee("budi", null);
        User citra = f.trainee("citra", null);
        User dedi = f.trainee("dedi", null);
        for (User u : List.of(ani, budi, citra, dedi)) {
            f.enrolments.enrol(event.id(), u);
        }
        assertEquals(2, f.enrolments.mine(event.id(), dedi.id()).orElseThrow().position());

        Outcome cancelled = f.enrolments.cancelOwn(event.id(), ani);
        assertEquals(EnrolmentState.CANCELLED, cancelled.enrolment().state());
        assertEquals(List.of(citra.id()), cancelled.promoted().stream().map(Enrolment::userId).toList());
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.mine(event.id(), citra.id()).orElseThrow().enrolment().state());
        assertEquals(1, f.enrolments.mine(event.id(), dedi.id()).orElseThrow().position());

        // An administrator's cancellation moves the waitlist up the same way.
        Outcome byAdmin = f.enrolments.cancel(event.id(), f.enrolments.mine(event.id(), budi.id()).orElseThrow().enrolment().id(), f.admin);
        assertEquals(List.of(dedi.id()), byAdmin.promoted().stream().map(Enrolment::userId).toList());
        assertEquals(2, f.events.seats(event).taken());
        assertEquals(0, f.events.seats(event).waitlisted());
    }

    @Test
    void promotionPassesOverSomeoneWhoseKelurahanIsAtItsQuota() {
        Event event = f.event(3, Map.of("KELURAHAN", 1), false);
        User airPutih = f.trainee("airputih", Fixture.AIR_PUTIH);
        User sidodadi = f.trainee("sidodadi", Fixture.SIDODADI);
        User rawaMakmur = f.trainee("rawamakmur", Fixture.RAWA_MAKMUR);
        User airPutihToo = f.trainee("airputih2", Fixture.AIR_PUTIH);
        User outsider = f.trainee("luar", null);
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.enrol(event.id(), airPutih).enrolment().state());
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.enrol(event.id(), sidodadi).enrolment().state());
        Outcome second = f.enrolments.enrol(event.id(), airPutihToo);
        assertEquals(EnrolmentState.WAITLISTED, second.enrolment().state(), "Air Putih's one seat is taken, though a seat is free");
        assertEquals(1, second.position());
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.enrol(event.id(), rawaMakmur).enrolment().state(), "the free seat");
        assertEquals(EnrolmentState.WAITLISTED, f.enrolments.enrol(event.id(), outsider).enrolment().state(), "full");

        Outcome cancelled = f.enrolments.cancelOwn(event.id(), sidodadi);
        assertEquals(List.of(outsider.id()), cancelled.promoted().stream().map(Enrolment::userId).toList(),
                "the second from Air Putih is first in line but Air Putih is at its quota: the next in line moves up");
        Outcome stillWaiting = f.enrolments.mine(event.id(), airPutihToo.id()).orElseThrow();
        assertEquals(EnrolmentState.WAITLISTED, stillWaiting.enrolment().state());
        assertEquals(1, stillWaiting.position());

        f.enrolments.cancelOwn(event.id(), airPutih);
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.mine(event.id(), airPutihToo.id()).orElseThrow().enrolment().state(),
                "Air Putih's seat freed: now it fits");
    }

    @Test
    void enrollingTwiceChangesNothingAndEnrollingAgainAfterCancellingJoinsTheEnd() {
        Event event = f.event(1, Map.of(), false);
        User ani = f.trainee("ani", null);
        User budi = f.trainee("budi", null);
        Outcome first = f.enrolments.enrol(event.id(), ani);
        Outcome again = f.enrolments.enrol(event.id(), ani);
        assertFalse(again.changed());
        assertEquals(first.enrolment().id(), again.enrolment().id());
        f.enrolments.enrol(event.id(), budi);
        f.enrolments.cancelOwn(event.id(), ani);
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.mine(event.id(), budi.id()).orElseThrow().enrolment().state());
        Outcome back = f.enrolments.enrol(event.id(), ani);
        assertEquals(first.enrolment().id(), back.enrolment().id(), "one row per person and event");
        assertEquals(first.enrolment().checkInCode(), back.enrolment().checkInCode());
        assertEquals(EnrolmentState.WAITLISTED, back.enrolment().state());
        assertEquals(1, back.position());
        assertFalse(f.enrolments.cancelOwn(event.id(), ani).promoted().size() > 0);
        assertEquals(404, assertThrows(ApiException.class, () -> f.enrolments.cancelOwn(event.id(), f.trainee("x", null))).status());
    }

    @Test
    void anEventThatNeedsApprovalWaitsForTheAdministrator() {
        Event event = f.event(1, Map.of(), true);
        User ani = f.trainee("ani", null);
        User budi = f.trainee("budi", null);
        Outcome pending = f.enrolments.enrol(event.id(), ani);
        assertEquals(EnrolmentState.PENDING, pending.enrolment().state());
        f.enrolments.enrol(event.id(), budi);
        assertEquals(0, f.events.seats(event).taken(), "a pending enrolment holds no seat");
        assertEquals(EnrolmentState.ENROLLED, f.enrolments.approve(event.id(), pending.enrolment().id(), f.admin).enrolment().state());
        long budiId = f.enrolments.mine(event.id(), budi.id()).orElseThrow().enrolment().id();
        Outcome waiting = f.enrolments.approve(event.id(), budiId, f.admin);
        assertEquals(EnrolmentState.WAITLISTED, waiting.enrolment().state(), "approved, but the one seat is taken");
        assertEquals(409, assertThrows(ApiException.class, () -> f.enrolments.approve(event.id(), budiId, f.admin)).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.enrolments.approve(event.id(), 99999, f.admin)).status());
    }

    @Test
    void aSupervisorNominatesOnlyPeopleOfTheirSubtreeAndAnAdministratorAnyone() {
        Event event = f.event(5, Map.of(), false);
        User camat = f.users.add("pengawas", Role.SUPERVISOR);
        f.registry.supervise(camat.id(), Fixture.ULU);
        Person inAirPutih = f.registry.person("Siti Rahmawati", Fixture.AIR_PUTIH, f.users.add("siti", Role.TRAINEE).id());
        Person inPalaran = f.registry.person("Rahmat Hidayat", Fixture.RAWA_MAKMUR, f.users.add("rahmat", Role.TRAINEE).id());
        Person noAccount = f.registry.person("Nur Aini", Fixture.SIDODADI, null);

        Outcome nominated = f.enrolments.nominate(event.id(), inAirPutih.id(), camat);
        assertEquals(EnrolmentState.PENDING, nominated.enrolment().state(), "a supervisor's nomination waits for approval");
        assertEquals("pengawas", nominated.enrolment().nominatedBy());
        assertEquals(Fixture.AIR_PUTIH, nominated.enrolment().unitId());
        assertEquals(404, assertThrows(ApiException.class, () -> f.enrolments.nominate(event.id(), inPalaran.id(), camat)).status(),
                "outside the supervisor's subtree: as if there were no such person");
        assertEquals(409, assertThrows(ApiException.class, () -> f.enrolments.nominate(event.id(), noAccount.id(), camat)).status());
        assertEquals(409, assertThrows(ApiException.class, () -> f.enrolments.nominate(event.id(), inAirPutih.id(), camat)).status(),
                "already nominated");
        assertEquals(404, assertThrows(ApiException.class, () -> f.enrolments.nominate(event.id(), inAirPutih.id(),
                f.users.add("lonely", Role.SUPERVISOR))).status(), "a supervisor without a unit nominates nobody");

        Outcome byAdmin = f.enrolments.nominate(event.id(), inPalaran.id(), f.admin);
        assertEquals(EnrolmentState.ENROLLED, byAdmin.enrolment().state(), "an administrator's nomination is its own approval");
        assertEquals(List.of(inAirPutih.id()), f.directory.nominees(camat).stream().map(Person::id).toList(),
                "a supervisor is offered people with an account in their subtree");
    }

    @Test
    void enrolmentOutsideItsWindowIsRefusedWithAReason() {
        Event event = f.event(5, Map.of(), false);
        User ani = f.trainee("ani", null);
        f.later(Duration.ofDays(7).plusHours(1));
        ApiException closed = assertThrows(ApiException.class, () -> f.enrolments.enrol(event.id(), ani));
        assertEquals(409, closed.status());
        assertEquals("enrolment_closed", closed.code());
        assertTrue(closed.getMessage().startsWith("Pendaftaran sudah ditutup 8 Maret 2026 pukul 09.00 WITA"), closed.getMessage());
        f.later(Duration.ofDays(1));
        assertEquals("event_over", assertThrows(ApiException.class, () -> f.enrolments.enrol(event.id(), ani)).code());
        assertEquals(404, assertThrows(ApiException.class, () -> f.enrolments.enrol(424242, ani)).status());
    }

    @Test
    void theAuditLogSaysWhoDidWhat() {
        Event event = f.event(5, Map.of(), false);
        User ani = f.trainee("ani", null);
        f.enrolments.enrol(event.id(), ani);
        f.enrolments.enrol(event.id(), ani);
        assertEquals(1, f.audit.count("events.enrol"), "enrolling twice is one change");
        assertNotEquals(0, f.audit.count("events.create"));
    }
}
