package org.bimtek.events.internal.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;

/** A registry of a few units and people in memory: what the events bundle asks of the real one, nothing more. */
public final class FakeRegistry implements Registry {

    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, Person> people = new LinkedHashMap<>();
    private final Map<Long, Long> supervisors = new LinkedHashMap<>();
    private long nextPerson = 100;

    public Unit unit(long id, String name, UnitKind kind, Long parentId) {
        Unit unit = new Unit(id, "U" + id, name, kind, parentId, true);
        units.put(id, unit);
        return unit;
    }

    /** A person in the unit, linked to the login account {@code userId} (null: no account). */
    public Person person(String name, long unitId, Long userId) {
        long id = nextPerson++;
        Person p = new Person(id, name, String.format("19900101201503%04d", id), "Staf", null, null, userId, unitId, true);
        people.put(p.id(), p);
        return p;
    }

    public void supervise(long userId, long unitId) {
        supervisors.put(userId, unitId);
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
        List<Unit> result = new ArrayList<>();
        unit(unitId).ifPresent(u -> {
            result.add(u);
            units.values().stream().filter(c -> c.parentId() != null && c.parentId() == unitId).forEach(c -> result.addAll(subtree(c.id())));
        });
        return result;
    }

    @Override
    public List<Person> peopleUnder(long unitId) {
        List<Long> ids = subtree(unitId).stream().map(Unit::id).toList();
        return people.values().stream().filter(p -> p.active() && ids.contains(p.unitId())).toList();
    }

    @Override
    public Optional<Long> supervisedUnit(long userId) {
        return Optional.ofNullable(supervisors.get(userId));
    }
}
