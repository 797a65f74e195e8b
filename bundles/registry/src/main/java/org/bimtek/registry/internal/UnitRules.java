package org.bimtek.registry.internal;

import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;

/** How a unit is named, placed in the tree and referred to: shared by the REST API and the importer. */
final class UnitRules {

    static final String NOT_FOUND = "unit tidak ditemukan";

    private UnitRules() {
    }

    /**
     * The unit an input refers to by id or by code, in the caller's scope and active; null
     * with an error on {@code field} otherwise. A unit outside the scope reads as unknown.
     */
    static Unit reference(UnitTree tree, Scope scope, Long id, String code, FieldErrors errors, String field, boolean required) {
        Unit unit;
        if (id != null) {
            unit = tree.get(id).orElse(null);
        } else if (Text.clean(code) != null) {
            unit = tree.byCode(Text.clean(code)).orElse(null);
        } else {
            if (required) {
                errors.add(field, "wajib diisi");
            }
            return null;
        }
        if (unit == null || !scope.allows(unit.id())) {
            errors.add(field, NOT_FOUND + (code == null ? "" : ": " + Text.clean(code)));
            return null;
        }
        if (!unit.active()) {
            errors.add(field, "unit " + unit.code() + " sudah tidak aktif");
            return null;
        }
        return unit;
    }

    /** Checks where a unit of {@code kind} may hang: under {@code parent}, which may not lie inside the unit itself. */
    static void checkPlace(UnitTree tree, Long unitId, UnitKind kind, Unit parent, FieldErrors errors) {
        if (kind == null) {
            return;
        }
        UnitKind parentKind = parent == null ? null : parent.kind();
        if (!kind.mayBeUnder(parentKind)) {
            errors.add("parent", parent == null ? "unit " + kind + " memerlukan induk"
                    : "unit " + kind + " tidak dapat berada di bawah unit " + parentKind);
        }
        if (unitId != null && parent != null && tree.isWithin(parent.id(), unitId)) {
            errors.add("parent", "induk tidak boleh unit itu sendiri atau unit di bawahnya");
        }
    }
}
