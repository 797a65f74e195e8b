package org.bimtek.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;

/** The JSON shape of registry objects: the record's fields plus the unit's code and path, so a client needs no second call. */
final class Views {

    private Views() {
    }

    static Map<String, Object> unit(Unit unit, UnitTree tree) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", unit.id());
        view.put("code", unit.code());
        view.put("name", unit.name());
        view.put("kind", unit.kind());
        view.put("parentId", unit.parentId());
        view.put("parentCode", unit.parentId() == null ? null : tree.get(unit.parentId()).map(Unit::code).orElse(null));
        view.put("path", tree.path(unit.id()));
        view.put("active", unit.active());
        return view;
    }

    static Map<String, Object> person(Person person, UnitTree tree) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", person.id());
        view.put("fullName", person.fullName());
        view.put("nip", person.nip());
        view.put("position", person.position());
        view.put("phone", person.phone());
        view.put("email", person.email());
        view.put("userId", person.userId());
        putUnit(view, person.unitId(), tree);
        view.put("active", person.active());
        return view;
    }

    static Map<String, Object> decree(Decree decree, UnitTree tree) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", decree.id());
        view.put("number", decree.number());
        view.put("date", decree.date());
        view.put("signedByName", decree.signedByName());
        view.put("signedByTitle", decree.signedByTitle());
        putUnit(view, decree.unitId(), tree);
        view.put("validFrom", decree.validFrom());
        view.put("validTo", decree.validTo());
        view.put("status", decree.status());
        return view;
    }

    static Map<String, Object> account(Account account, UnitTree tree) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id());
        view.put("platform", account.platform());
        view.put("handle", account.handle());
        view.put("url", account.url());
        putUnit(view, account.unitId(), tree);
        view.put("active", account.active());
        return view;
    }

    private static void putUnit(Map<String, Object> view, long unitId, UnitTree tree) {
        view.put("unitId", unitId);
        view.put("unitCode", tree.get(unitId).map(Unit::code).orElse(null));
        view.put("unitName", tree.get(unitId).map(Unit::name).orElse(null));
    }

    static <T> Map<String, Object> page(Page<T> page, Function<T, Map<String, Object>> view) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> items = page.items().stream().map(view).toList();
        result.put("items", items);
        result.put("page", page.page());
        result.put("size", page.size());
        result.put("total", page.total());
        return result;
    }
}
