package org.bimtek.events.internal.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.events.internal.enrol.QuotaKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What events need to know about people, from the registry and the accounts: a person's units for the quotas, names
 * for lists, and which people a supervisor may nominate. Never called with an event's lock held: these are other
 * bundles' queries on connections of their own.
 */
@Component(service = Directory.class)
public final class Directory {

    /** Deeper than any real tree (city, kecamatan, kelurahan): a guard against a cycle in bad data. */
    private static final int MAX_DEPTH = 16;

    private final Registry registry;
    private final UserService users;

    @Activate
    public Directory(@Reference Registry registry, @Reference UserService users) {
        this.registry = registry;
        this.users = users;
    }

    /** The account's person and units now; nowhere when the account is not linked to a registry person. */
    public Placement placementOf(long userId) {
        return registry.personByUser(userId).map(this::placementOf).orElse(Placement.NOWHERE);
    }

    public Placement placementOf(Person person) {
        Set<QuotaKey> keys = new LinkedHashSet<>();
        Long unitId = person.unitId();
        for (int depth = 0; unitId != null && depth < MAX_DEPTH; depth++) {
            Optional<Unit> unit = registry.unit(unitId);
            if (unit.isEmpty()) {
                break;
            }
            keys.add(new QuotaKey(unit.get().kind(), unit.get().id()));
            unitId = unit.get().parentId();
        }
        return new Placement(person.id(), person.unitId(), keys);
    }

    public Optional<Person> person(long personId) {
        return registry.person(personId);
    }

    /**
     * The units a supervisor may act for (their unit and everything under it); empty for an account with no unit
     * assigned, which then may act for nobody.
     */
    public Set<Long> supervisedUnits(long userId) {
        return registry.supervisedUnit(userId).map(unit -> {
            Set<Long> ids = new HashSet<>();
            registry.subtree(unit).forEach(u -> ids.add(u.id()));
            return ids;
        }).orElse(Set.of());
    }

    /** Whether the actor may nominate this person: an administrator anyone, a supervisor people of their subtree. */
    public boolean mayNominate(User actor, Person person) {
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.SUPERVISOR) && supervisedUnits(actor.id()).contains(person.unitId());
    }

    /** The active people with a login account whom the actor may nominate, by name. */
    public List<Person> nominees(User actor) {
        List<Person> people = new ArrayList<>();
        if (actor.hasRole(Role.ADMIN)) {
            for (Unit root : registry.units().stream().filter(u -> u.parentId() == null).toList()) {
                people.addAll(registry.peopleUnder(root.id()));
            }
        } else if (actor.hasRole(Role.SUPERVISOR)) {
            registry.supervisedUnit(actor.id()).ifPresent(unit -> people.addAll(registry.peopleUnder(unit)));
        }
        return people.stream().filter(p -> p.active() && p.userId() != null).toList();
    }

    public Participant participant(long userId, Long unitId) {
        Optional<Person> person = registry.personByUser(userId);
        String name = person.map(Person::fullName).orElseGet(() -> users.find(userId).map(User::displayName).orElse("Pengguna " + userId));
        Long unit = unitId != null ? unitId : person.map(Person::unitId).orElse(null);
        return new Participant(name, person.map(Person::nip).orElse(null), unit == null ? null : registry.unit(unit).map(Unit::name).orElse(null));
    }

    public String name(long userId) {
        return participant(userId, null).name();
    }

    public String unitName(long unitId) {
        return registry.unit(unitId).map(Unit::name).orElse("unit " + unitId);
    }
}
