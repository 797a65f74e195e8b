package org.bimtek.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.registry.Unit;

/**
 * Every unit at once, read in one query: the tree is a few hundred rows for a city, so
 * walking it in memory is cheaper than recursive SQL, and it is portable. Built per
 * request, never cached: another node may have changed it.
 */
final class UnitTree {

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();
    private final List<Unit> roots = new ArrayList<>();

    UnitTree(List<Unit> units) {
        Comparator<Unit> byName = Comparator.comparing(u -> u.name().toLowerCase(Locale.ROOT));
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            byCode.put(unit.code(), unit);
        }
        for (Unit unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        roots.sort(byName);
        children.values().forEach(list -> list.sort(byName));
    }

    Optional<Unit> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Unit> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    List<Unit> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** Every unit, parents before children, siblings by name. */
    List<Unit> ordered() {
        List<Unit> out = new ArrayList<>(byId.size());
        roots.forEach(root -> walk(root, out));
        return out;
    }

    /** The unit and its descendants, parents first; empty when the unit is unknown. */
    List<Unit> subtree(long id) {
        List<Unit> out = new ArrayList<>();
        get(id).ifPresent(unit -> walk(unit, out));
        return out;
    }

    Set<Long> subtreeIds(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        subtree(id).forEach(u -> ids.add(u.id()));
        return ids;
    }

    private void walk(Unit unit, List<Unit> out) {
        out.add(unit);
        for (Unit child : children(unit.id())) {
            walk(child, out);
        }
    }

    /** How far below a root the unit is: 0 for a root. */
    int depth(long id) {
        int depth = 0;
        Unit unit = byId.get(id);
        while (unit != null && unit.parentId() != null && byId.containsKey(unit.parentId()) && depth < byId.size()) {
            unit = byId.get(unit.parentId());
            depth++;
        }
        return depth;
    }

    /** "Kota Samarinda › Kecamatan Sungai Kunjang › Kelurahan Loa Bakung" */
    String path(long id) {
        List<String> names = new ArrayList<>();
        Unit unit = byId.get(id);
        while (unit != null && names.size() <= byId.size()) {
            names.add(0, unit.name());
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return String.join(" › ", names);
    }

    /** True when {@code id} is {@code ancestor} or lies under it. */
    boolean isWithin(long id, long ancestor) {
        return subtreeIds(ancestor).contains(id);
    }
}
