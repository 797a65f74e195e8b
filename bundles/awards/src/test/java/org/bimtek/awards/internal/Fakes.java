package org.bimtek.awards.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.certification.CredentialSigner;
import org.bimtek.api.http.Json;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;

/**
 * Small stand-ins for the other features' services: a registry with part of Samarinda's tree, a few accounts, an audit
 * log that keeps its entries, and a signer that records what it was given.
 */
public final class Fakes {

    public static final long CITY = 1;
    public static final long KEC_ULU = 2;
    public static final long KEL_AIR_PUTIH = 3;
    public static final long KEL_SIDODADI = 4;
    public static final long OPD_DINKES = 5;
    public static final long OPD_KOMINFO = 6;

    public static final User ADMIN = user(1, "admin", Role.ADMIN);
    public static final User PENGAWAS = user(30, "pengawas", Role.SUPERVISOR);
    public static final User PENGAWAS_TANPA_UNIT = user(31, "pengawas2", Role.SUPERVISOR);
    public static final User PESERTA = user(7, "peserta", Role.TRAINEE);
    public static final User JURI_KOMINFO = user(20, "juri-kominfo", Role.INSTRUCTOR);
    public static final User JURI_AIR_PUTIH = user(21, "juri-airputih", Role.INSTRUCTOR);

    public static final long SITI = 50;
    public static final long RIZKY = 51;
    public static final long DEWI = 52;
    public static final long NON_AKTIF = 55;

    private Fakes() {
    }

    static User user(long id, String username, Role role) {
        return new User(id, username, "Nama " + username, Set.of(role), true, Instant.EPOCH);
    }

    public static final class FakeRegistry implements Registry {
        final Map<Long, Unit> units = new LinkedHashMap<>();
        final Map<Long, Person> people = new LinkedHashMap<>();
        final Map<Long, Long> supervisors = new HashMap<>();

        public FakeRegistry() {
            unit(CITY, "SMD", "Pemerintah Kota Samarinda", UnitKind.CITY, null);
            unit(KEC_ULU, "KEC-SMDULU", "Kecamatan Samarinda Ulu", UnitKind.KECAMATAN, CITY);
            unit(KEL_AIR_PUTIH, "KEL-AIRPUTIH", "Kelurahan Air Putih", UnitKind.KELURAHAN, KEC_ULU);
            unit(KEL_SIDODADI, "KEL-SIDODADI", "Kelurahan Sidodadi", UnitKind.KELURAHAN, KEC_ULU);
            unit(OPD_DINKES, "OPD-DINKES", "Dinas Kesehatan", UnitKind.OPD, CITY);
            unit(OPD_KOMINFO, "OPD-DISKOMINFO", "Dinas Komunikasi dan Informatika", UnitKind.OPD, CITY);
            person(SITI, "Siti Rahmawati", PESERTA.id(), KEL_AIR_PUTIH, true);
            person(RIZKY, "Muhammad Rizky Pratama", null, KEL_SIDODADI, true);
            person(DEWI, "Dewi Kartika Sari", null, OPD_DINKES, true);
            person(53, "Agus Setiawan", JURI_KOMINFO.id(), OPD_KOMINFO, true);
            person(54, "Hasan Basri", JURI_AIR_PUTIH.id(), KEL_AIR_PUTIH, true);
            person(NON_AKTIF, "Orang Nonaktif", null, KEL_AIR_PUTIH, false);
            supervisors.put(PENGAWAS.id(), KEC_ULU);
        }

        private void unit(long id, String code, String name, UnitKind kind, Long parent) {
            units.put(id, new Unit(id, code, name, kind, parent, true));
        }

        public void person(long id, String name, Long userId, long unitId, boolean active) {
            people.put(id, new Person(id, name, null, "Pranata Humas", null, null, userId, unitId, active));
        }

        @Override
        public Optional<Person> person(long personId) {
            return Optional.ofNullable(people.get(personId));
        }

        @Override
        public Optional<Person> personByUser(long userId) {
            return people.values().stream().filter(p -> p.userId() != null && p.userId() == userId).findFirst();
        }

        @Override
        public Optional<Unit> unitAt(long personId, Instant at) {
            return person(personId).flatMap(p -> unit(p.unitId()));
        }

        @Override
        public Optional<Decree> activeDecreeAt(long personId, Instant at) {
            return Optional.empty();
        }

        @Override
        public Optional<Unit> unit(long unitId) {
            return Optional.ofNullable(units.get(unitId));
        }

        @Override
        public List<Unit> units() {
            return List.copyOf(units.values());
        }

        @Override
        public List<Unit> subtree(long unitId) {
            if (!units.containsKey(unitId)) {
                return List.of();
            }
            List<Unit> out = new ArrayList<>(List.of(units.get(unitId)));
            for (Unit u : units.values()) {
                if (u.parentId() != null && u.parentId() == unitId) {
                    out.addAll(subtree(u.id()));
                }
            }
            return out;
        }

        @Override
        public List<Person> peopleUnder(long unitId) {
            Set<Long> ids = new java.util.HashSet<>(subtree(unitId).stream().map(Unit::id).toList());
            return people.values().stream().filter(p -> p.active() && ids.contains(p.unitId()))
                    .sorted(Comparator.comparing(Person::fullName)).toList();
        }

        @Override
        public Optional<Long> supervisedUnit(long userId) {
            return Optional.ofNullable(supervisors.get(userId));
        }
    }

    public static final class FakeUsers implements UserService {
        final Map<Long, User> users = new LinkedHashMap<>();

        public FakeUsers() {
            for (User u : List.of(ADMIN, PENGAWAS, PENGAWAS_TANPA_UNIT, PESERTA, JURI_KOMINFO, JURI_AIR_PUTIH)) {
                users.put(u.id(), u);
            }
        }

        @Override
        public User create(String username, String displayName, Set<Role> roles, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<User> find(long id) {
            return Optional.ofNullable(users.get(id));
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<User> list() {
            return List.copyOf(users.values());
        }

        @Override
        public void setPassword(String username, char[] password) {
            throw new UnsupportedOperationException();
        }
    }

    public static final class FakeAudit implements AuditLog {
        public final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public AuditEntry record(String actor, String action, String target, String detail) {
            AuditEntry e = new AuditEntry(entries.size() + 1, Instant.now(), actor, action, target, detail);
            entries.add(e);
            return e;
        }

        @Override
        public List<AuditEntry> recent(String action, int limit) {
            return entries;
        }
    }

    /** Signs nothing: returns a JWS-shaped string whose payload is the credential, and keeps what it was given. */
    public static final class FakeSigner implements CredentialSigner {
        public final List<Map<String, Object>> signed = new ArrayList<>();

        @Override
        public String issuerId() {
            return "did:web:localhost%3A8181";
        }

        @Override
        public String baseUrl() {
            return "http://localhost:8181";
        }

        @Override
        public String sign(Map<String, Object> credential) {
            signed.add(credential);
            try {
                return "eyJhbGciOiJFZERTQSJ9." + Base64.getUrlEncoder().withoutPadding().encodeToString(Json.MAPPER.writeValueAsBytes(credential))
                        + ".c2lnbmF0dXJl";
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
