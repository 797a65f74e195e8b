package org.bimtek.events.internal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.api.storage.Database;
import org.bimtek.events.internal.checkin.Attendances;
import org.bimtek.events.internal.enrol.Enrolments;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.EventInput;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.people.Directory;
import org.bimtek.storage.internal.MemoryDatabase;

/**
 * The bundle's services on real in-memory Derby with its own migration script, a small Samarinda in a fake
 * registry (city, Kecamatan Samarinda Ulu with Air Putih and Sidodadi, Kecamatan Palaran with Rawa Makmur), and
 * accounts in memory. The clock stands at 1 March 2026, 10.00 WITA.
 */
public final class Fixture {

    public static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    public static final long CITY = 1;
    public static final long ULU = 21;
    public static final long AIR_PUTIH = 22;
    public static final long SIDODADI = 23;
    public static final long PALARAN = 41;
    public static final long RAWA_MAKMUR = 43;

    public final Database database;
    public final MovableClock clock = new MovableClock(NOW);
    public final FakeRegistry registry = new FakeRegistry();
    public final FakeUsers users = new FakeUsers();
    public final RecordingAudit audit = new RecordingAudit();
    public final Events events;
    public final Directory directory;
    public final Enrolments enrolments;
    public final Attendances attendances;
    public final User admin;

    public Fixture() throws Exception {
        database = MemoryDatabase.create("org.bimtek.events", Fixture.class);
        registry.unit(CITY, "Pemerintah Kota Samarinda", UnitKind.CITY, null);
        registry.unit(ULU, "Kecamatan Samarinda Ulu", UnitKind.KECAMATAN, CITY);
        registry.unit(AIR_PUTIH, "Kelurahan Air Putih", UnitKind.KELURAHAN, ULU);
        registry.unit(SIDODADI, "Kelurahan Sidodadi", UnitKind.KELURAHAN, ULU);
        registry.unit(PALARAN, "Kecamatan Palaran", UnitKind.KECAMATAN, CITY);
        registry.unit(RAWA_MAKMUR, "Kelurahan Rawa Makmur", UnitKind.KELURAHAN, PALARAN);
        events = new Events(database, audit, clock);
        directory = new Directory(registry, users);
        enrolments = new Enrolments(database, events, directory, audit, clock);
        attendances = new Attendances(database, events, enrolments, directory, audit, clock);
        admin = users.add("admin", Role.ADMIN);
    }

    /** An event a week from now, enrolment open now, with these seats and quotas. */
    public Event event(int capacity, Map<String, Integer> quotas, boolean needsApproval) {
        return events.create(new EventInput("Bimtek Penulisan Berita", "Praktik menulis berita.", List.of("penulisan-berita-dasar"),
                "2026-03-08T09:00", "2026-03-08T15:00", "Aula Diskominfo Kota Samarinda", null, capacity, quotas, null, null, needsApproval),
                "admin");
    }

    /** A trainee account, in the registry in {@code unitId} (null: not in the registry). */
    public User trainee(String username, Long unitId) {
        User user = users.add(username, Role.TRAINEE);
        if (unitId != null) {
            registry.person("Admin " + username, unitId, user.id());
        }
        return user;
    }

    public void later(Duration by) {
        clock.advance(by);
    }
}
