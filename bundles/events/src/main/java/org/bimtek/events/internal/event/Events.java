package org.bimtek.events.internal.event;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The events: created by an administrator, read by everyone. Enrolments are {@code Enrolments}'. */
@Component(service = Events.class)
public final class Events {

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Events(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.events)") Schema schema,
            @Reference AuditLog audit) {
        this(database, audit, Clock.systemUTC());
    }

    public Events(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Checks and stores a new event. */
    public Event create(EventInput input, String createdBy) {
        Event event = EventRules.validate(input, createdBy, clock.instant());
        long id = database.inTransaction(c -> EventStore.insert(c, event));
        audit.record(createdBy, "events.create", "event:" + id, event.title());
        return event.withId(id);
    }

    public Optional<Event> find(long id) {
        return database.withConnection(c -> EventStore.get(c, id));
    }

    /** The event, or 404. */
    public Event get(long id) {
        return find(id).orElseThrow(() -> ApiException.notFound("Acara tidak ditemukan."));
    }

    /** Every event, soonest first. */
    public List<Event> all() {
        return database.withConnection(EventStore::all);
    }

    public boolean none() {
        return database.withConnection(EventStore::count) == 0;
    }

    public Seats seats(Event event) {
        int[] c = database.withConnection(conn -> EventStore.counts(conn, event.id())).getOrDefault(event.id(), new int[3]);
        return new Seats(event.capacity(), c[0], c[1], c[2]);
    }

    /** Seats of every event, by id, in one query. */
    public Map<Long, Seats> seats(List<Event> events) {
        Map<Long, int[]> counts = database.withConnection(c -> EventStore.counts(c, null));
        Map<Long, Seats> seats = new java.util.HashMap<>();
        for (Event e : events) {
            int[] c = counts.getOrDefault(e.id(), new int[3]);
            seats.put(e.id(), new Seats(e.capacity(), c[0], c[1], c[2]));
        }
        return seats;
    }
}
