package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.registry.Unit;
import org.bimtek.registry.internal.Records.Account;

/** Official accounts as CSV: {@code platform,handle,url,kode_unit,aktif}; natural key: platform and handle. */
final class AccountImport implements ImportKind {

    private static final Map<String, String> COLUMNS = Map.of("platform", "platform", "handle", "handle", "url", "url",
            "unit", "kode_unit", "active", "aktif");

    private record Planned(Account wanted, boolean isNew) {
    }

    static String key(Platform platform, String handle) {
        return platform.name() + ":" + handle;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public List<String> columns() {
        return List.of("platform", "handle", "url", "kode_unit", "aktif");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("platform", "handle", "kode_unit");
    }

    @Override
    public Object plan(Connection c, Scope scope, List<CsvRow> rows, ImportReport report) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        Map<String, Account> stored = new HashMap<>();
        for (Account account : AccountStore.all(c)) {
            stored.put(key(account.platform(), account.handle()), account);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (CsvRow row : rows) {
            FieldErrors errors = new FieldErrors();
            Platform platform = Text.choice(errors, "platform", row.get("platform"), Platform.class, true);
            Platform.Address address = platform == null ? null : platform.check(errors, row.get("handle"), row.get("url"));
            Unit unit = UnitRules.reference(tree, scope, null, row.get("kode_unit"), errors, "unit", true);
            Boolean active = row.yesNo(errors, "active", "aktif");
            String key = address == null || address.handle() == null ? null : key(platform, address.handle());
            Account existing = key == null ? null : stored.get(key);
            if (existing != null && !scope.allows(existing.unitId())) {
                errors.add("handle", "akun ini terdaftar di unit di luar wilayah Anda");
            }
            if (key != null && seen.putIfAbsent(key, row.line()) != null) {
                errors.add("handle", "sama dengan baris " + seen.get(key));
            }
            if (!errors.isEmpty()) {
                report.errors(row.line(), errors, COLUMNS);
                continue;
            }
            Account wanted = new Account(existing == null ? 0 : existing.id(), platform, address.handle(), address.url(), unit.id(), active);
            if (existing == null) {
                report.created(row.line(), key, wanted);
                plan.add(new Planned(wanted, true));
            } else if (wanted.equals(existing)) {
                report.unchanged();
            } else {
                List<String> changed = new ArrayList<>();
                if (!existing.url().equals(wanted.url())) {
                    changed.add("url");
                }
                if (existing.unitId() != wanted.unitId()) {
                    changed.add("kode_unit");
                }
                if (existing.active() != wanted.active()) {
                    changed.add("aktif");
                }
                report.updated(row.line(), key, changed, existing, wanted);
                plan.add(new Planned(wanted, false));
            }
        }
        return plan;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void apply(Connection c, Scope scope, Object plan, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_account (platform, handle, url, unit_id, active,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("UPDATE registry_account SET url = ?, unit_id = ?, active = ?,"
                        + " updated_at = ? WHERE id = ?")) {
            for (Planned row : (List<Planned>) plan) {
                Account a = row.wanted();
                if (row.isNew()) {
                    Sql.bind(insert, a.platform(), a.handle(), a.url(), a.unitId(), a.active(), now, now);
                    insert.addBatch();
                } else {
                    Sql.bind(update, a.url(), a.unitId(), a.active(), now, a.id());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    @Override
    public List<List<String>> export(Connection c, Scope scope) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        List<List<String>> rows = new ArrayList<>();
        for (Account a : Sql.list(c, "SELECT a.id, a.platform, a.handle, a.url, a.unit_id, a.active FROM registry_account a WHERE "
                + scope.filter("a.unit_id") + " ORDER BY a.platform, a.handle", AccountStore::map)) {
            rows.add(List.of(a.platform().name(), a.handle(), a.url(), tree.get(a.unitId()).map(Unit::code).orElse(""),
                    CsvRow.yesNo(a.active())));
        }
        return rows;
    }
}
