package org.bimtek.registry.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.storage.Database;
import org.bimtek.storage.internal.MemoryDatabase;

/**
 * The registry's services on real in-memory Derby with the bundle's own migration
 * script, and small stand-ins for the audit log and the user accounts.
 */
final class TestRegistry {

    final Database database;
    final RecordingAudit audit = new RecordingAudit();
    final Users users = new Users();
    final UnitService units;
    final PersonService people;
    final DecreeService decrees;
    final AccountService accounts;
    final Importer importer;
    final Scopes scopes;
    final Scope admin = Scope.all("admin");

    TestRegistry() throws Exception {
        database = MemoryDatabase.create("org.bimtek.registry", TestRegistry.class);
        units = new UnitService(database, audit, null);
        people = new PersonService(database, audit, users, null);
        decrees = new DecreeService(database, audit, null);
        accounts = new AccountService(database, audit, null);
        importer = new Importer(database, audit, users, null);
        scopes = new Scopes(database, users, audit, null);
    }

    /** Imports a CSV text for real and fails the test on any row error. */
    ImportReport load(String kind, String csv) {
        ImportReport report = importer.run(admin, kind, csv.getBytes(StandardCharsets.UTF_8), false);
        if (report.hasErrors()) {
            throw new AssertionError("import of " + kind + " failed: " + report.getErrors());
        }
        return report;
    }

    /** A small tree: the city, two kecamatan with kelurahan, one OPD. */
    void smallTree() {
        load("units", """
                kode,nama,jenis,kode_induk
                SMD,Kota Samarinda,CITY,
                KEC-ULU,Kecamatan Samarinda Ulu,KECAMATAN,SMD
                KEL-AIRPUTIH,Kelurahan Air Putih,KELURAHAN,KEC-ULU
                KEL-SIDODADI,Kelurahan Sidodadi,KELURAHAN,KEC-ULU
                KEC-PALARAN,Kecamatan Palaran,KECAMATAN,SMD
                KEL-RAWAMAKMUR,Kelurahan Rawa Makmur,KELURAHAN,KEC-PALARAN
                DISKOMINFO,Dinas Komunikasi dan Informatika,OPD,SMD
                """);
    }

    long unitId(String code) {
        return units.tree().byCode(code).orElseThrow().id();
    }

    static final class RecordingAudit implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public synchronized AuditEntry record(String actor, String action, String target, String detail) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.now(), actor, action, target, detail);
            entries.add(entry);
            return entry;
        }

        @Override
        public synchronized List<AuditEntry> recent(String action, int limit) {
            return entries.stream().filter(e -> action == null || e.action().equals(action)).toList();
        }
    }

    static final class Users implements UserService {
        final List<User> all = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        User add(String username, Role role) {
            User user = new User(ids.incrementAndGet(), username, username, Set.of(role), true, Instant.now());
            all.add(user);
            return user;
        }

        @Override
        public User create(String username, String displayName, Set<Role> roles, char[] password) {
            return add(username, roles.iterator().next());
        }

        @Override
        public Optional<User> find(long id) {
            return all.stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return all.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<User> list() {
            return List.copyOf(all);
        }

        @Override
        public void setPassword(String username, char[] password) {
        }
    }
}
