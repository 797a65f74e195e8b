package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.registry.internal.Records.Account;

/**
 * Decrees as CSV: {@code nomor,tanggal,penandatangan,jabatan_penandatangan,kode_unit,
 * berlaku_mulai,berlaku_sampai,status,admin,akun}; natural key: the SK number. {@code admin}
 * lists people by NIP or e-mail and {@code akun} accounts as {@code platform:handle}, both
 * separated by '|'. People and accounts must be imported first.
 */
final class DecreeImport implements ImportKind {

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("number", "nomor"), Map.entry("date", "tanggal"),
            Map.entry("signedByName", "penandatangan"), Map.entry("signedByTitle", "jabatan_penandatangan"),
            Map.entry("unit", "kode_unit"), Map.entry("validFrom", "berlaku_mulai"), Map.entry("validTo", "berlaku_sampai"),
            Map.entry("status", "status"), Map.entry("people", "admin"), Map.entry("accounts", "akun"));

    private record Planned(Decree wanted, DecreeStatus stored, Set<Long> people, Set<Long> accounts, Decree existing) {
    }

    @Override
    public String name() {
        return "decrees";
    }

    @Override
    public List<String> columns() {
        return List.of("nomor", "tanggal", "penandatangan", "jabatan_penandatangan", "kode_unit", "berlaku_mulai", "berlaku_sampai",
                "status", "admin", "akun");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("nomor", "tanggal", "penandatangan", "jabatan_penandatangan", "kode_unit", "berlaku_mulai");
    }

    @Override
    public Object plan(Connection c, Scope scope, List<CsvRow> rows, ImportReport report) throws SQLException {
        LocalDate today = Dates.today();
        UnitTree tree = UnitStore.tree(c);
        Map<String, Decree> stored = new HashMap<>();
        for (Decree decree : DecreeStore.all(c, today)) {
            stored.put(decree.number(), decree);
        }
        Map<Long, Set<Long>> storedPeople = links(DecreeStore.allLinks(c, "registry_decree_person", "person_id"));
        Map<Long, Set<Long>> storedAccounts = links(DecreeStore.allLinks(c, "registry_decree_account", "account_id"));
        Map<String, Person> people = new HashMap<>();
        for (Person p : PersonStore.all(c)) {
            if (p.nip() != null) {
                people.put(p.nip(), p);
            }
            if (p.email() != null) {
                people.put(p.email(), p);
            }
        }
        Map<String, Account> accounts = new HashMap<>();
        for (Account a : AccountStore.all(c)) {
            accounts.put(AccountImport.key(a.platform(), a.handle()), a);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (CsvRow row : rows) {
            FieldErrors errors = new FieldErrors();
            DecreeRules.Draft draft = DecreeRules.check(errors, row.get("nomor"), row.get("tanggal"), row.get("penandatangan"),
                    row.get("jabatan_penandatangan"), row.get("berlaku_mulai"), row.get("berlaku_sampai"), row.get("status"), today);
            Unit unit = UnitRules.reference(tree, scope, null, row.get("kode_unit"), errors, "unit", true);
            Set<Long> personIds = references(row.get("admin"), errors, "people", ref -> {
                Person p = people.get(ref.contains("@") ? ref.toLowerCase(java.util.Locale.ROOT) : Nip.normalise(ref));
                return p == null || !scope.allows(p.unitId()) ? null : p.id();
            });
            Set<Long> accountIds = references(row.get("akun"), errors, "accounts", ref -> {
                int colon = ref.indexOf(':');
                Platform platform = colon < 0 ? null : Text.choice(new FieldErrors(), "", ref.substring(0, colon), Platform.class, true);
                Account a = platform == null ? null : accounts.get(AccountImport.key(platform, Platform.normaliseHandle(ref.substring(colon + 1))));
                return a == null || !scope.allows(a.unitId()) ? null : a.id();
            });
            Decree existing = draft.number() == null ? null : stored.get(draft.number());
            if (existing != null && !scope.allows(existing.unitId())) {
                errors.add("number", "nomor SK ini terdaftar di unit di luar wilayah Anda");
            }
            if (draft.number() != null && seen.putIfAbsent(draft.number(), row.line()) != null) {
                errors.add("number", "sama dengan baris " + seen.get(draft.number()));
            }
            if (!errors.isEmpty()) {
                report.errors(row.line(), errors, COLUMNS);
                continue;
            }
            Decree wanted = DecreeRules.decree(existing == null ? 0 : existing.id(), draft, unit.id(), today);
            if (existing == null) {
                report.created(row.line(), draft.number(), java.util.Map.of("decree", wanted, "people", personIds, "accounts", accountIds));
                plan.add(new Planned(wanted, draft.stored(), personIds, accountIds, null));
                continue;
            }
            List<String> changed = changes(existing, wanted);
            if (!personIds.equals(storedPeople.getOrDefault(existing.id(), Set.of()))) {
                changed.add("admin");
            }
            if (!accountIds.equals(storedAccounts.getOrDefault(existing.id(), Set.of()))) {
                changed.add("akun");
            }
            if (changed.isEmpty()) {
                report.unchanged();
            } else {
                report.updated(row.line(), draft.number(), changed,
                        java.util.Map.of("decree", existing, "people", storedPeople.getOrDefault(existing.id(), Set.of()),
                                "accounts", storedAccounts.getOrDefault(existing.id(), Set.of())),
                        java.util.Map.of("decree", wanted, "people", personIds, "accounts", accountIds));
                plan.add(new Planned(wanted, draft.stored(), personIds, accountIds, existing));
            }
        }
        return plan;
    }

    private static Map<Long, Set<Long>> links(List<long[]> pairs) {
        Map<Long, Set<Long>> links = new HashMap<>();
        for (long[] pair : pairs) {
            links.computeIfAbsent(pair[0], k -> new TreeSet<>()).add(pair[1]);
        }
        return links;
    }

    /** Resolves a '|' separated list; each unknown reference is named in the error. */
    private static Set<Long> references(String list, FieldErrors errors, String field, java.util.function.Function<String, Long> resolve) {
        Set<Long> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        if (list != null) {
            for (String part : list.split("\\|")) {
                String ref = part.strip();
                if (ref.isEmpty()) {
                    continue;
                }
                Long id = resolve.apply(ref);
                if (id == null) {
                    unknown.add(ref);
                } else {
                    ids.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(field, "tidak ditemukan: " + String.join(", ", unknown));
        }
        return ids;
    }

    private static List<String> changes(Decree old, Decree wanted) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(old.date(), wanted.date())) {
            changed.add("tanggal");
        }
        if (!Objects.equals(old.signedByName(), wanted.signedByName())) {
            changed.add("penandatangan");
        }
        if (!Objects.equals(old.signedByTitle(), wanted.signedByTitle())) {
            changed.add("jabatan_penandatangan");
        }
        if (old.unitId() != wanted.unitId()) {
            changed.add("kode_unit");
        }
        if (!Objects.equals(old.validFrom(), wanted.validFrom())) {
            changed.add("berlaku_mulai");
        }
        if (!Objects.equals(old.validTo(), wanted.validTo())) {
            changed.add("berlaku_sampai");
        }
        if (old.status() != wanted.status()) {
            changed.add("status");
        }
        return changed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void apply(Connection c, Scope scope, Object plan, Instant now) throws SQLException {
        LocalDate today = Dates.today();
        for (Planned row : (List<Planned>) plan) {
            long id;
            Set<List<Long>> before = Set.of();
            List<Long> oldPeople = List.of();
            List<Long> oldAccounts = List.of();
            if (row.existing() == null) {
                id = DecreeStore.insert(c, row.wanted(), row.stored(), now);
            } else {
                id = row.existing().id();
                oldPeople = DecreeStore.personIds(c, id);
                oldAccounts = DecreeStore.accountIds(c, id);
                before = DecreeRules.pairs(row.existing(), oldPeople, oldAccounts, today);
                DecreeStore.update(c, row.wanted(), row.stored(), now);
            }
            DecreeStore.setLinks(c, "registry_decree_person", "person_id", id, oldPeople, row.people());
            DecreeStore.setLinks(c, "registry_decree_account", "account_id", id, oldAccounts, row.accounts());
            DecreeRules.recordHandovers(c, id, before, DecreeRules.pairs(row.wanted(), row.people(), row.accounts(), today), now,
                    "SK " + row.wanted().number() + " (impor)");
        }
    }

    @Override
    public List<List<String>> export(Connection c, Scope scope) throws SQLException {
        LocalDate today = Dates.today();
        UnitTree tree = UnitStore.tree(c);
        Map<Long, String> personKeys = new HashMap<>();
        for (Person p : PersonStore.all(c)) {
            personKeys.put(p.id(), p.nip() != null ? p.nip() : p.email());
        }
        Map<Long, String> accountKeys = new HashMap<>();
        for (Account a : AccountStore.all(c)) {
            accountKeys.put(a.id(), a.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + a.handle());
        }
        Map<Long, Set<Long>> people = links(DecreeStore.allLinks(c, "registry_decree_person", "person_id"));
        Map<Long, Set<Long>> accounts = links(DecreeStore.allLinks(c, "registry_decree_account", "account_id"));
        List<List<String>> rows = new ArrayList<>();
        for (Decree d : DecreeStore.all(c, today)) {
            if (!scope.allows(d.unitId())) {
                continue;
            }
            rows.add(List.of(d.number(), d.date().toString(), d.signedByName(), d.signedByTitle(),
                    tree.get(d.unitId()).map(Unit::code).orElse(""), d.validFrom().toString(),
                    d.validTo() == null ? "" : d.validTo().toString(), d.status().name(),
                    join(people.getOrDefault(d.id(), Set.of()), personKeys), join(accounts.getOrDefault(d.id(), Set.of()), accountKeys)));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.get(0)));
        return rows;
    }

    private static String join(Set<Long> ids, Map<Long, String> keys) {
        Set<String> names = new LinkedHashSet<>();
        ids.forEach(id -> names.add(keys.getOrDefault(id, String.valueOf(id))));
        return String.join("|", names);
    }
}
