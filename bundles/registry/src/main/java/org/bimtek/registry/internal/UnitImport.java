package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;

/** Units as CSV: {@code kode,nama,jenis,kode_induk,aktif}; natural key: the code. */
final class UnitImport implements ImportKind {

    private static final Map<String, String> COLUMNS = Map.of("code", "kode", "name", "nama", "kind", "jenis",
            "parent", "kode_induk", "active", "aktif");

    /** A checked row; {@code existing} is null for a new unit. */
    private record Planned(int line, String code, String name, UnitKind kind, String parentCode, boolean active, Unit existing) {
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public List<String> columns() {
        return List.of("kode", "nama", "jenis", "kode_induk", "aktif");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("kode", "nama", "jenis");
    }

    @Override
    public Object plan(Connection c, Scope scope, List<CsvRow> rows, ImportReport report) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        Map<String, Planned> byCode = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row : rows) {
            FieldErrors errors = new FieldErrors();
            String code = Text.code(errors, "code", row.get("kode"));
            String name = Text.required(errors, "name", row.get("nama"), 200);
            UnitKind kind = Text.choice(errors, "kind", row.get("jenis"), UnitKind.class, true);
            String parent = row.get("kode_induk") == null ? null : row.get("kode_induk").toUpperCase(java.util.Locale.ROOT);
            Boolean active = row.yesNo(errors, "active", "aktif");
            Unit existing = code == null ? null : tree.byCode(code).orElse(null);
            if (existing != null && !scope.allows(existing.id())) {
                errors.add("code", "kode " + code + " dipakai unit di luar wilayah Anda");
            }
            if (code != null && firstLine.containsKey(code)) {
                errors.add("code", "kode " + code + " sudah ada di baris " + firstLine.get(code));
            }
            if (errors.isEmpty()) {
                firstLine.put(code, row.line());
                byCode.put(code, new Planned(row.line(), code, name, kind, parent, active, existing));
            } else {
                report.errors(row.line(), errors, COLUMNS);
            }
        }
        List<Planned> plan = new ArrayList<>();
        for (Planned row : byCode.values()) {
            FieldErrors errors = new FieldErrors();
            checkParent(tree, scope, byCode, row, errors);
            if (!errors.isEmpty()) {
                report.errors(row.line(), errors, COLUMNS);
                continue;
            }
            plan.add(row);
            if (row.existing() == null) {
                report.created(row.line(), row.code(), row);
            } else {
                List<String> changed = changes(tree, row);
                if (changed.isEmpty()) {
                    report.unchanged();
                } else {
                    report.updated(row.line(), row.code(), changed, row.existing(), row);
                }
            }
        }
        return plan;
    }

    /** The parent must be a unit in scope (stored or in this file), of a kind this unit may sit under, and no cycle. */
    private static void checkParent(UnitTree tree, Scope scope, Map<String, Planned> file, Planned row, FieldErrors errors) {
        UnitKind parentKind = null;
        if (row.parentCode() != null) {
            Planned inFile = file.get(row.parentCode());
            Unit stored = tree.byCode(row.parentCode()).orElse(null);
            if (inFile != null) {
                parentKind = inFile.kind();
            } else if (stored != null && (scope.allows(stored.id())
                    || (row.existing() != null && Objects.equals(row.existing().parentId(), stored.id())))) {
                // A supervisor's own top unit keeps the parent it has, outside their scope.
                parentKind = stored.kind();
            } else {
                errors.add("parent", UnitRules.NOT_FOUND + ": " + row.parentCode());
                return;
            }
            if (createsCycle(tree, file, row)) {
                errors.add("parent", "induk membentuk lingkaran: unit tidak boleh berada di bawah dirinya sendiri");
                return;
            }
        } else if (!scope.isAll() && (row.existing() == null || !Objects.equals(row.existing().id(), scope.rootUnitId()))) {
            errors.add("parent", "wajib diisi: unit harus berada di bawah unit Anda");
            return;
        }
        if (!row.kind().mayBeUnder(parentKind)) {
            errors.add("parent", parentKind == null ? "unit " + row.kind() + " memerlukan induk"
                    : "unit " + row.kind() + " tidak dapat berada di bawah unit " + parentKind);
        }
    }

    /** Follows parents, from the file first and the stored tree otherwise, looking for the row's own code. */
    private static boolean createsCycle(UnitTree tree, Map<String, Planned> file, Planned row) {
        String code = row.parentCode();
        for (int steps = 0; code != null && steps < 10_000; steps++) {
            if (code.equals(row.code())) {
                return true;
            }
            Planned inFile = file.get(code);
            if (inFile != null) {
                code = inFile.parentCode();
            } else {
                Unit stored = tree.byCode(code).orElse(null);
                code = stored == null || stored.parentId() == null ? null : tree.get(stored.parentId()).map(Unit::code).orElse(null);
            }
        }
        return false;
    }

    private static List<String> changes(UnitTree tree, Planned row) {
        Unit old = row.existing();
        List<String> changed = new ArrayList<>();
        if (!old.name().equals(row.name())) {
            changed.add("nama");
        }
        if (old.kind() != row.kind()) {
            changed.add("jenis");
        }
        String oldParent = old.parentId() == null ? null : tree.get(old.parentId()).map(Unit::code).orElse(null);
        if (!Objects.equals(oldParent, row.parentCode())) {
            changed.add("kode_induk");
        }
        if (old.active() != row.active()) {
            changed.add("aktif");
        }
        return changed;
    }

    /** New units parent-first (a parent may be further down the file), then every change with parents resolved. */
    @Override
    @SuppressWarnings("unchecked")
    public void apply(Connection c, Scope scope, Object plan, Instant now) throws SQLException {
        List<Planned> rows = (List<Planned>) plan;
        Map<String, Long> ids = new HashMap<>();
        for (Unit unit : UnitStore.all(c)) {
            ids.put(unit.code(), unit.id());
        }
        for (Planned row : rows) {
            if (row.existing() == null) {
                ids.put(row.code(), UnitStore.insert(c, row.code(), row.name(), row.kind(), null, row.active(), now));
            }
        }
        UnitTree tree = UnitStore.tree(c);
        for (Planned row : rows) {
            Long parentId = row.parentCode() == null ? null : ids.get(row.parentCode());
            Unit wanted = new Unit(ids.get(row.code()), row.code(), row.name(), row.kind(), parentId, row.active());
            if (!wanted.equals(tree.get(wanted.id()).orElse(null))) {
                UnitStore.update(c, wanted, now);
            }
        }
    }

    @Override
    public List<List<String>> export(Connection c, Scope scope) throws SQLException {
        UnitTree tree = UnitStore.tree(c);
        List<List<String>> rows = new ArrayList<>();
        for (Unit unit : tree.ordered()) {
            if (scope.allows(unit.id())) {
                String parent = unit.parentId() == null ? "" : tree.get(unit.parentId()).map(Unit::code).orElse("");
                rows.add(List.of(unit.code(), unit.name(), unit.kind().name(), parent, CsvRow.yesNo(unit.active())));
            }
        }
        return rows;
    }
}
