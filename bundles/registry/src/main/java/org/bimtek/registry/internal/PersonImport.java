package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;

/**
 * People as CSV: {@code nip,nama,jabatan,telepon,email,kode_unit,pengguna,aktif}; natural
 * key: the NIP, or the e-mail for someone without one. A changed unit is a transfer, with
 * its history. Built for 10,000 rows: stored people are read in one query and written in
 * JDBC batches.
 */
final class PersonImport implements ImportKind {

    private static final Map<String, String> COLUMNS = Map.of("fullName", "nama", "nip", "nip", "position", "jabatan",
            "phone", "telepon", "email", "email", "unit", "kode_unit", "userId", "pengguna", "active", "aktif");

    private record Planned(int line, Person wanted, Person existing) {
    }

    private final UserService users;

    PersonImport(UserService users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<String> columns() {
        return List.of("nip", "nama", "jabatan", "telepon", "email", "kode_unit", "pengguna", "aktif");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("nama", "kode_unit");
    }

    @Override
    public Object plan(Connection c, Scope scope, List<CsvRow> rows, ImportReport report) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        Map<String, Person> byNip = new HashMap<>();
        Map<String, Person> byEmail = new HashMap<>();
        Map<Long, Person> byUser = new HashMap<>();
        for (Person person : PersonStore.all(c)) {
            if (person.nip() != null) {
                byNip.put(person.nip(), person);
            }
            if (person.email() != null) {
                byEmail.put(person.email(), person);
            }
            if (person.userId() != null) {
                byUser.put(person.userId(), person);
            }
        }
        Map<String, Long> userIds = rows.stream().anyMatch(r -> r.get("pengguna") != null) ? userIds() : Map.of();
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = Dates.today();
        List<Planned> plan = new ArrayList<>();
        for (CsvRow row : rows) {
            FieldErrors errors = new FieldErrors();
            // A column the file leaves out keeps each stored person's value; a blank cell clears it.
            Person known = byNip.getOrDefault(Nip.normalise(row.get("nip")), byEmail.get(lower(row.get("email"))));
            PersonRules.Draft draft = PersonRules.check(errors, row.get("nama"), row.get("nip"),
                    column(row, "jabatan", known == null ? null : known.position()),
                    column(row, "telepon", known == null ? null : known.phone()), row.get("email"), today);
            Unit unit = UnitRules.reference(tree, scope, null, row.get("kode_unit"), errors, "unit", true);
            Boolean active = row.has("aktif") || known == null ? row.yesNo(errors, "active", "aktif") : known.active();
            Long userId = row.has("pengguna") || known == null ? null : known.userId();
            if (row.get("pengguna") != null) {
                userId = userIds.get(row.get("pengguna").toLowerCase(Locale.ROOT));
                if (userId == null) {
                    errors.add("userId", "akun pengguna '" + row.get("pengguna") + "' tidak ditemukan");
                }
            }
            Person existing = match(draft, byNip, byEmail, errors);
            long id = existing == null ? 0 : existing.id();
            if (existing != null && !scope.allows(existing.unitId())) {
                errors.add(draft.nip() != null ? "nip" : "email", "admin ini terdaftar di unit di luar wilayah Anda");
            }
            if (draft.email() != null && byEmail.containsKey(draft.email()) && byEmail.get(draft.email()).id() != id) {
                errors.add("email", "e-mail sudah terdaftar untuk admin lain");
            }
            if (userId != null && byUser.containsKey(userId) && byUser.get(userId).id() != id) {
                errors.add("userId", "akun pengguna ini sudah ditautkan ke admin lain");
            }
            duplicateInFile(seen, row.line(), "nip:", draft.nip(), "nip", errors);
            duplicateInFile(seen, row.line(), "email:", draft.email(), "email", errors);
            duplicateInFile(seen, row.line(), "user:", userId == null ? null : userId.toString(), "userId", errors);
            if (!errors.isEmpty()) {
                report.errors(row.line(), errors, COLUMNS);
                continue;
            }
            Person wanted = new Person(id, draft.fullName(), draft.nip(), draft.position(), draft.phone(), draft.email(),
                    userId, unit.id(), active);
            String key = draft.nip() != null ? draft.nip() : draft.email();
            if (existing == null) {
                report.created(row.line(), key, wanted);
                plan.add(new Planned(row.line(), wanted, null));
            } else if (wanted.equals(existing)) {
                report.unchanged();
            } else {
                report.updated(row.line(), key, changes(existing, wanted), existing, wanted);
                plan.add(new Planned(row.line(), wanted, existing));
            }
        }
        return plan;
    }

    /** By NIP first, then by e-mail; a row whose NIP and e-mail name two different people is an error. */
    private static Person match(PersonRules.Draft draft, Map<String, Person> byNip, Map<String, Person> byEmail, FieldErrors errors) {
        Person viaNip = draft.nip() == null ? null : byNip.get(draft.nip());
        Person viaEmail = draft.email() == null ? null : byEmail.get(draft.email());
        if (viaNip != null && viaEmail != null && viaNip.id() != viaEmail.id()) {
            errors.add("email", "NIP dan e-mail ini milik dua admin yang berbeda");
        }
        if (viaNip != null) {
            return viaNip;
        }
        if (viaEmail != null && viaEmail.nip() != null && draft.nip() != null) {
            errors.add("nip", "e-mail ini milik admin dengan NIP lain (" + viaEmail.nip() + ")");
        }
        return viaEmail;
    }

    private static String column(CsvRow row, String column, String stored) {
        return row.has(column) ? row.get(column) : stored;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static void duplicateInFile(Map<String, Integer> seen, int line, String prefix, String value, String field,
            FieldErrors errors) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(prefix + value, line);
        if (first != null) {
            errors.add(field, "sama dengan baris " + first);
        }
    }

    private Map<String, Long> userIds() {
        Map<String, Long> ids = new HashMap<>();
        for (User user : users.list()) {
            ids.put(user.username(), user.id());
        }
        return ids;
    }

    private static List<String> changes(Person old, Person wanted) {
        List<String> changed = new ArrayList<>();
        compare(changed, "nip", old.nip(), wanted.nip());
        compare(changed, "nama", old.fullName(), wanted.fullName());
        compare(changed, "jabatan", old.position(), wanted.position());
        compare(changed, "telepon", old.phone(), wanted.phone());
        compare(changed, "email", old.email(), wanted.email());
        compare(changed, "kode_unit", old.unitId(), wanted.unitId());
        compare(changed, "pengguna", old.userId(), wanted.userId());
        compare(changed, "aktif", old.active(), wanted.active());
        return changed;
    }

    private static void compare(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void apply(Connection c, Scope scope, Object plan, Instant now) throws SQLException {
        List<Planned> rows = (List<Planned>) plan;
        List<Person> created = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_person (full_name, nip, job_title, phone, email,"
                + " user_id, unit_id, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE registry_person SET full_name = ?, nip = ?, job_title = ?,"
                        + " phone = ?, email = ?, user_id = ?, active = ?, updated_at = ? WHERE id = ?")) {
            for (Planned row : rows) {
                Person p = row.wanted();
                if (row.existing() == null) {
                    Sql.bind(insert, p.fullName(), Sql.text(p.nip()), Sql.text(p.position()), Sql.text(p.phone()), Sql.text(p.email()),
                            Sql.id(p.userId()), p.unitId(), p.active(), now, now);
                    insert.addBatch();
                    created.add(p);
                } else {
                    Sql.bind(update, p.fullName(), Sql.text(p.nip()), Sql.text(p.position()), Sql.text(p.phone()), Sql.text(p.email()),
                            Sql.id(p.userId()), p.active(), now, p.id());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        openFirstMemberships(c, created, now);
        UnitTree tree = null;
        for (Planned row : rows) {
            if (row.existing() != null && row.existing().unitId() != row.wanted().unitId()) {
                tree = tree == null ? UnitStore.tree(c) : tree;
                Person moved = PersonStore.get(c, row.existing().id()).orElseThrow();
                PersonService.moveTo(c, new Person(moved.id(), moved.fullName(), moved.nip(), moved.position(), moved.phone(),
                        moved.email(), moved.userId(), row.existing().unitId(), moved.active()),
                        tree.get(row.wanted().unitId()).orElseThrow(), "mutasi (impor)", now);
            }
        }
    }

    /** The new people's ids, by natural key in one query, then one batch of first memberships. */
    private static void openFirstMemberships(Connection c, List<Person> created, Instant now) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (Person p : PersonStore.all(c)) {
            ids.put(p.nip() != null ? "nip:" + p.nip() : "email:" + p.email(), p.id());
        }
        try (PreparedStatement batch = HistoryStore.membershipBatch(c)) {
            for (Person p : created) {
                long id = ids.get(p.nip() != null ? "nip:" + p.nip() : "email:" + p.email());
                HistoryStore.addMembership(batch, id, p.unitId(), now, "data awal (impor)");
            }
            batch.executeBatch();
        }
    }

    @Override
    public List<List<String>> export(Connection c, Scope scope) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        Map<Long, String> usernames = new HashMap<>();
        for (User user : users.list()) {
            usernames.put(user.id(), user.username());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Person p : Sql.list(c, "SELECT " + PersonStore.COLUMNS + " FROM registry_person p WHERE " + scope.filter("p.unit_id")
                + " ORDER BY p.full_name, p.id", PersonStore::map)) {
            rows.add(java.util.Arrays.asList(nz(p.nip()), p.fullName(), nz(p.position()), nz(p.phone()), nz(p.email()),
                    tree.get(p.unitId()).map(Unit::code).orElse(""), p.userId() == null ? "" : nz(usernames.get(p.userId())),
                    CsvRow.yesNo(p.active())));
        }
        return rows;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
