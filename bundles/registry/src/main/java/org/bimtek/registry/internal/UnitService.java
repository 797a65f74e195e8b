package org.bimtek.registry.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.registry.internal.Inputs.UnitInput;
import org.bimtek.registry.internal.Records.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Units: list, read, create, change, deactivate, within the caller's scope and audited. */
@Component(service = UnitService.class)
public final class UnitService {

    static final String NOT_FOUND = "Unit tidak ditemukan.";

    private final Database database;
    private final AuditLog audit;

    @Activate
    public UnitService(@Reference Database database, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.audit = audit;
    }

    UnitTree tree() {
        return database.withConnection(UnitStore::tree);
    }

    /** Units in scope, in tree order, filtered in memory: a city has a few hundred. */
    Page<Unit> list(Scope scope, String query, UnitKind kind, Boolean active, Long under, Paging paging) {
        UnitTree tree = tree();
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        java.util.Set<Long> subtree = under == null ? null : tree.subtreeIds(under);
        List<Unit> matching = tree.ordered().stream()
                .filter(u -> scope.allows(u.id()))
                .filter(u -> subtree == null || subtree.contains(u.id()))
                .filter(u -> kind == null || u.kind() == kind)
                .filter(u -> active == null || u.active() == active)
                .filter(u -> q == null || u.name().toLowerCase(Locale.ROOT).contains(q) || u.code().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        int from = Math.min(matching.size(), (paging.page() - 1) * paging.size());
        int to = Math.min(matching.size(), from + paging.size());
        return new Page<>(matching.subList(from, to), paging.page(), paging.size(), matching.size());
    }

    Unit get(Scope scope, long id) {
        Unit unit = tree().get(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        scope.require(unit.id(), NOT_FOUND);
        return unit;
    }

    Unit create(Scope scope, UnitInput input) {
        Unit created = database.inTransaction(c -> {
            UnitTree tree = UnitStore.tree(c);
            FieldErrors errors = new FieldErrors();
            String code = Text.code(errors, "code", input.code());
            String name = Text.required(errors, "name", input.name(), 200);
            UnitKind kind = Text.choice(errors, "kind", input.kind(), UnitKind.class, true);
            Unit parent = UnitRules.reference(tree, scope, input.parentId(), input.parentCode(), errors, "parent", false);
            if (parent == null && !scope.isAll() && !errors.has("parent")) {
                errors.add("parent", "wajib diisi: unit baru harus berada di bawah unit Anda");
            }
            UnitRules.checkPlace(tree, null, kind, parent, errors);
            if (code != null && tree.byCode(code).isPresent()) {
                errors.add("code", "kode " + code + " sudah dipakai");
            }
            errors.throwIfAny();
            boolean active = input.active() == null || input.active();
            long id = UnitStore.insert(c, code, name, kind, parent == null ? null : parent.id(), active, Instant.now());
            return new Unit(id, code, name, kind, parent == null ? null : parent.id(), active);
        });
        Audit.change(audit, scope.actor(), "registry.unit.create", "unit:" + created.id(), null, created);
        return created;
    }

    Unit update(Scope scope, long id, UnitInput input) {
        Unit[] before = new Unit[1];
        Unit after = database.inTransaction(c -> {
            UnitTree tree = UnitStore.tree(c);
            Unit current = tree.get(id).filter(u -> scope.allows(u.id())).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
            before[0] = current;
            FieldErrors errors = new FieldErrors();
            String code = input.code() == null ? current.code() : Text.code(errors, "code", input.code());
            String name = input.name() == null ? current.name() : Text.required(errors, "name", input.name(), 200);
            UnitKind kind = input.kind() == null ? current.kind() : Text.choice(errors, "kind", input.kind(), UnitKind.class, true);
            Unit parent = current.parentId() == null ? null : tree.get(current.parentId()).orElse(null);
            if (input.parentId() != null || input.parentCode() != null) {
                parent = UnitRules.reference(tree, scope, input.parentId(), input.parentCode(), errors, "parent", false);
            }
            UnitRules.checkPlace(tree, id, kind, parent, errors);
            if (code != null && tree.byCode(code).filter(other -> other.id() != id).isPresent()) {
                errors.add("code", "kode " + code + " sudah dipakai");
            }
            boolean active = input.active() == null ? current.active() : input.active();
            if (!active && current.active()) {
                checkUnused(c, tree, id, errors);
            }
            if (!scope.isAll() && id == scope.rootUnitId() && !java.util.Objects.equals(current.parentId(), parent == null ? null : parent.id())) {
                errors.add("parent", "unit induk wilayah Anda hanya dapat dipindah oleh admin Diskominfo");
            }
            errors.throwIfAny();
            Unit updated = new Unit(id, code, name, kind, parent == null ? null : parent.id(), active);
            if (!updated.equals(current)) {
                UnitStore.update(c, updated, Instant.now());
            }
            return updated;
        });
        if (!after.equals(before[0])) {
            Audit.change(audit, scope.actor(), "registry.unit.update", "unit:" + id, before[0], after);
        }
        return after;
    }

    /** A unit with active children, people or accounts stays active: deactivating it would orphan them. */
    private static void checkUnused(java.sql.Connection c, UnitTree tree, long id, FieldErrors errors) throws java.sql.SQLException {
        boolean children = tree.children(id).stream().anyMatch(Unit::active);
        long people = Sql.count(c, "SELECT COUNT(*) FROM registry_person WHERE unit_id = ? AND active = TRUE", id);
        long accounts = Sql.count(c, "SELECT COUNT(*) FROM registry_account WHERE unit_id = ? AND active = TRUE", id);
        if (children || people > 0 || accounts > 0) {
            errors.add("active", "unit masih memiliki " + (children ? "sub-unit aktif, " : "") + people + " admin aktif dan "
                    + accounts + " akun aktif; pindahkan atau nonaktifkan dulu");
        }
    }

    static Map<String, Object> view(Unit unit, UnitTree tree) {
        return Views.unit(unit, tree);
    }
}
