package org.bimtek.events.internal.enrol;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.api.storage.StorageException;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.EventStore;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.event.Wita;
import org.bimtek.events.internal.people.Directory;
import org.bimtek.events.internal.people.Placement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolment: a trainee enrols, a supervisor or an administrator nominates, an administrator approves or cancels, and
 * a cancellation moves the waitlist up. Seats and quotas hold however many nodes enrol at once: every change runs in
 * one transaction that first takes the event's row lock ({@link EventStore#lock}) and only then counts, so changes of
 * one event happen one after another and each sees the one before.
 */
@Component(service = Enrolments.class)
public final class Enrolments {

    private static final Logger LOG = LoggerFactory.getLogger(Enrolments.class);
    /** A deadlock or lock timeout (with another event's change) is tried again, this many times in all. */
    private static final int ATTEMPTS = 4;

    private final Database database;
    private final Events events;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Enrolments(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.events)") Schema schema,
            @Reference Events events, @Reference Directory directory, @Reference AuditLog audit) {
        this(database, events, directory, audit, events.clock());
    }

    public Enrolments(Database database, Events events, Directory directory, AuditLog audit, Clock clock) {
        this.database = database;
        this.events = events;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Work done with the event's lock held, given the new version and the event's enrolments as they are. */
    @FunctionalInterface
    private interface LockedWork {
        Outcome run(Connection c, long seq, List<Enrolment> all) throws SQLException;
    }

    /** The trainee enrols themself: a seat, the waitlist, or (when the event needs it) the administrator's approval. */
    public Outcome enrol(long eventId, User user) {
        Event event = events.get(eventId);
        Instant now = clock.instant();
        requireOpen(event, now);
        Placement placement = directory.placementOf(user.id());
        Outcome outcome = locked(eventId, (c, seq, all) -> {
            Optional<Enrolment> existing = all.stream().filter(e -> e.userId() == user.id()).findFirst();
            if (existing.isPresent() && existing.get().state().active()) {
                return unchanged(c, existing.get());
            }
            EnrolmentState state = event.needsApproval() ? EnrolmentState.PENDING : seatOrWaitlist(event, all, placement.quotaKeys());
            return place(c, eventId, user.id(), existing, placement, state, seq, null, now);
        });
        if (outcome.changed()) {
            audit.record(user.username(), "events.enrol", "event:" + eventId, outcome.enrolment().state().name());
        }
        return outcome;
    }

    /**
     * A supervisor nominates someone of their unit's subtree, an administrator anyone. A supervisor's nomination
     * waits for an administrator's approval; an administrator's own is that approval, and goes to the seat rules.
     */
    public Outcome nominate(long eventId, long personId, User actor) {
        Event event = events.get(eventId);
        Instant now = clock.instant();
        boolean admin = actor.hasRole(Role.ADMIN);
        if (event.over(now)) {
            throw ApiException.conflict("event_over", "Acara ini sudah selesai.");
        }
        if (!admin) {
            requireOpen(event, now);
        }
        // One answer for "no such person" and "not yours to nominate": a supervisor learns nothing outside their unit.
        Person person = directory.person(personId).filter(p -> directory.mayNominate(actor, p))
                .orElseThrow(() -> ApiException.notFound("Orang dengan id " + personId + " tidak ditemukan di unit Anda."));
        if (!person.active()) {
            throw ApiException.conflict("person_inactive", person.fullName() + " sudah tidak aktif di registri.");
        }
        if (person.userId() == null) {
            throw ApiException.conflict("no_account", person.fullName() + " belum memiliki akun pengguna; hubungkan akunnya di Registri dulu.");
        }
        long userId = person.userId();
        Placement placement = directory.placementOf(person);
        Outcome outcome = locked(eventId, (c, seq, all) -> {
            Optional<Enrolment> existing = all.stream().filter(e -> e.userId() == userId).findFirst();
            if (existing.isPresent() && existing.get().state().active()) {
                throw ApiException.conflict("already_enrolled", person.fullName() + " sudah ada di acara ini (" + existing.get().state().word()
                        .toLowerCase(java.util.Locale.ROOT) + ").");
            }
            EnrolmentState state = admin ? seatOrWaitlist(event, all, placement.quotaKeys()) : EnrolmentState.PENDING;
            return place(c, eventId, userId, existing, placement, state, seq, actor.username(), now);
        });
        audit.record(actor.username(), "events.nominate", "event:" + eventId, "person:" + personId + " " + outcome.enrolment().state());
        return outcome;
    }

    /** An administrator approves a pending enrolment: it takes a seat if one is free for it, else joins the waitlist now. */
    public Outcome approve(long eventId, long enrolmentId, User admin) {
        Event event = events.get(eventId);
        Instant now = clock.instant();
        if (event.over(now)) {
            throw ApiException.conflict("event_over", "Acara ini sudah selesai.");
        }
        Outcome outcome = locked(eventId, (c, seq, all) -> {
            Enrolment target = member(all, enrolmentId);
            if (target.state() != EnrolmentState.PENDING) {
                throw ApiException.conflict("not_pending", "Pendaftaran ini tidak sedang menunggu persetujuan (status: " + target.state().word() + ").");
            }
            EnrolmentState state = seatOrWaitlist(event, all, target.quotaKeys());
            EnrolmentStore.move(c, target.id(), EnrolmentState.PENDING, state, seq, now);
            return reread(c, target.id(), List.of());
        });
        audit.record(admin.username(), "events.approve", "event:" + eventId, "enrolment:" + enrolmentId + " " + outcome.enrolment().state());
        return outcome;
    }

    /** The trainee cancels their own enrolment. */
    public Outcome cancelOwn(long eventId, User user) {
        Outcome outcome = cancel(eventId, all -> all.stream().filter(e -> e.userId() == user.id()).findFirst()
                .orElseThrow(() -> ApiException.notFound("Anda belum mendaftar di acara ini.")));
        if (outcome.changed()) {
            audit.record(user.username(), "events.cancel", "event:" + eventId, "own" + promotedDetail(outcome));
        }
        return outcome;
    }

    /** An administrator cancels someone's enrolment. */
    public Outcome cancel(long eventId, long enrolmentId, User admin) {
        Outcome outcome = cancel(eventId, all -> member(all, enrolmentId));
        if (outcome.changed()) {
            audit.record(admin.username(), "events.cancel", "event:" + eventId, "enrolment:" + enrolmentId + promotedDetail(outcome));
        }
        return outcome;
    }

    private Outcome cancel(long eventId, java.util.function.Function<List<Enrolment>, Enrolment> which) {
        Event event = events.get(eventId);
        Instant now = clock.instant();
        if (event.over(now)) {
            throw ApiException.conflict("event_over", "Acara ini sudah selesai; pendaftarannya tidak bisa diubah lagi.");
        }
        SeatRules rules = rules(event);
        Outcome outcome = locked(eventId, (c, seq, all) -> {
            Enrolment target = which.apply(all);
            if (!target.state().active()) {
                return unchanged(c, target);
            }
            if (target.checkedIn()) {
                throw ApiException.conflict("already_attended", "Kehadiran sudah tercatat pada " + Wita.dateTime(target.checkedInAt())
                        + "; pendaftaran tidak bisa dibatalkan.");
            }
            if (!EnrolmentStore.cancel(c, target.id(), target.state(), seq, now)) {
                // A check-in (which does not take the event's lock) came in between: the seat stays taken.
                throw ApiException.conflict("already_attended", "Kehadiran baru saja tercatat; pendaftaran tidak bisa dibatalkan.");
            }
            List<Enrolment> promoted = List.of();
            if (target.state() == EnrolmentState.ENROLLED) {
                List<Enrolment> seated = all.stream().filter(e -> e.state() == EnrolmentState.ENROLLED && e.id() != target.id()).toList();
                List<Enrolment> waiting = all.stream().filter(e -> e.state() == EnrolmentState.WAITLISTED)
                        .sorted(Comparator.comparingLong(Enrolment::seq).thenComparingLong(Enrolment::id)).toList();
                promoted = rules.promotions(seated.stream().map(Enrolment::quotaKeys).toList(), waiting, Enrolment::quotaKeys);
                for (Enrolment up : promoted) {
                    EnrolmentStore.move(c, up.id(), EnrolmentState.WAITLISTED, EnrolmentState.ENROLLED, seq, now);
                }
            }
            return reread(c, target.id(), promoted);
        });
        if (!outcome.promoted().isEmpty()) {
            LOG.info("Event {}: enrolment {} cancelled, moved up from the waitlist: {}", eventId, outcome.enrolment().id(),
                    outcome.promoted().stream().map(Enrolment::id).toList());
        }
        return outcome;
    }

    private static String promotedDetail(Outcome outcome) {
        return outcome.promoted().isEmpty() ? "" : ", naik dari daftar tunggu: " + outcome.promoted().stream().map(e -> "enrolment:" + e.id()).toList();
    }

    /** The caller's enrolment in the event, if any, with its waitlist position. */
    public Optional<Outcome> mine(long eventId, long userId) {
        return database.withConnection(c -> {
            Optional<Enrolment> e = EnrolmentStore.find(c, eventId, userId);
            return e.isEmpty() ? Optional.<Outcome>empty() : Optional.of(unchanged(c, e.get()));
        });
    }

    /** Every enrolment of the event in arrival order. */
    public List<Enrolment> ofEvent(long eventId) {
        return database.withConnection(c -> EnrolmentStore.ofEvent(c, eventId));
    }

    /** The person's enrolments, every event. */
    public List<Enrolment> ofUser(long userId) {
        return database.withConnection(c -> EnrolmentStore.ofUser(c, userId));
    }

    /** Waitlist positions (1-based) of the waitlisted among these enrolments of one event, by enrolment id. */
    public static Map<Long, Integer> positions(List<Enrolment> ofOneEvent) {
        Map<Long, Integer> positions = new HashMap<>();
        List<Enrolment> waiting = new ArrayList<>(ofOneEvent.stream().filter(e -> e.state() == EnrolmentState.WAITLISTED).toList());
        waiting.sort(Comparator.comparingLong(Enrolment::seq).thenComparingLong(Enrolment::id));
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).id(), i + 1);
        }
        return positions;
    }

    public static SeatRules rules(Event event) {
        return new SeatRules(event.capacity(), event.quotas());
    }

    private static EnrolmentState seatOrWaitlist(Event event, List<Enrolment> all, java.util.Set<QuotaKey> keys) {
        List<java.util.Set<QuotaKey>> seated = all.stream().filter(e -> e.state() == EnrolmentState.ENROLLED).map(Enrolment::quotaKeys).toList();
        return rules(event).fits(seated, keys) ? EnrolmentState.ENROLLED : EnrolmentState.WAITLISTED;
    }

    private static void requireOpen(Event event, Instant now) {
        if (event.over(now)) {
            throw ApiException.conflict("event_over", "Acara ini sudah selesai.");
        }
        if (now.isBefore(event.enrolmentOpensAt())) {
            throw ApiException.conflict("enrolment_not_open", "Pendaftaran baru dibuka " + Wita.dateTime(event.enrolmentOpensAt()) + ".");
        }
        if (!event.enrolmentOpenAt(now)) {
            throw ApiException.conflict("enrolment_closed", "Pendaftaran sudah ditutup " + Wita.dateTime(event.enrolmentClosesAt()) + ".");
        }
    }

    private static Enrolment member(List<Enrolment> all, long enrolmentId) {
        return all.stream().filter(e -> e.id() == enrolmentId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Pendaftaran tidak ditemukan di acara ini."));
    }

    /** A new enrolment row, or the person's cancelled one asked for again. */
    private static Outcome place(Connection c, long eventId, long userId, Optional<Enrolment> cancelled, Placement placement,
            EnrolmentState state, long seq, String nominatedBy, Instant now) throws SQLException {
        if (cancelled.isPresent()) {
            Enrolment old = cancelled.get();
            EnrolmentStore.reopen(c, new Enrolment(old.id(), eventId, userId, placement.personId(), placement.unitId(), placement.quotaKeys(),
                    state, seq, old.checkInCode(), nominatedBy, now, now, null, null));
            return reread(c, old.id(), List.of());
        }
        long id = EnrolmentStore.insert(c, new Enrolment(0, eventId, userId, placement.personId(), placement.unitId(), placement.quotaKeys(),
                state, seq, CheckInCodes.next(), nominatedBy, now, now, null, null));
        return reread(c, id, List.of());
    }

    private static Outcome reread(Connection c, long id, List<Enrolment> promoted) throws SQLException {
        Enrolment e = EnrolmentStore.get(c, id).orElseThrow();
        return new Outcome(e, true, e.state() == EnrolmentState.WAITLISTED ? EnrolmentStore.position(c, e) : null, promoted);
    }

    private static Outcome unchanged(Connection c, Enrolment e) throws SQLException {
        return new Outcome(e, false, e.state() == EnrolmentState.WAITLISTED ? EnrolmentStore.position(c, e) : null, List.of());
    }

    /**
     * Runs {@code work} in one transaction that first locks the event's row. Waiting for that lock is the normal
     * case and needs nothing; a deadlock or lock timeout (rare: only with another event's change) and a clash of
     * random check-in codes roll everything back, and the whole change is tried again.
     */
    private Outcome locked(long eventId, LockedWork work) {
        for (int attempt = 1;; attempt++) {
            try {
                return database.inTransaction(c -> {
                    long seq = EventStore.lock(c, eventId).orElseThrow(() -> ApiException.notFound("Acara tidak ditemukan."));
                    return work.run(c, seq, EnrolmentStore.ofEvent(c, eventId));
                });
            } catch (StorageException e) {
                if (attempt >= ATTEMPTS || !(e.isTransient() || e.isConstraintViolation())) {
                    throw e;
                }
                LOG.debug("Event {}: enrolment change rolled back ({}), attempt {} of {}", eventId, e.getMessage(), attempt, ATTEMPTS);
            }
        }
    }
}
