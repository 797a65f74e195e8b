package org.bimtek.registry.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The registry as other bundles read it: read-only, unscoped (they scope by their own rules). */
@Component(service = Registry.class)
public final class RegistryImpl implements Registry {

    private final Database database;

    @Activate
    public RegistryImpl(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
    }

    @Override
    public Optional<Person> person(long personId) {
        return database.withConnection(c -> PersonStore.get(c, personId));
    }

    @Override
    public Optional<Person> personByUser(long userId) {
        return database.withConnection(c -> PersonStore.byUser(c, userId));
    }

    @Override
    public Optional<Unit> unitAt(long personId, Instant at) {
        return database.withConnection(c -> {
            Optional<Long> unitId = HistoryStore.membershipAt(c, personId, at).map(Records.Membership::unitId);
            return unitId.isEmpty() ? Optional.<Unit>empty() : UnitStore.tree(c).get(unitId.get());
        });
    }

    @Override
    public Optional<Decree> activeDecreeAt(long personId, Instant at) {
        return database.withConnection(c -> {
            Optional<Records.Membership> membership = HistoryStore.membershipAt(c, personId, at);
            if (membership.isEmpty()) {
                return Optional.<Decree>empty();
            }
            java.time.LocalDate day = Dates.dayOf(at);
            return DecreeStore.ofPerson(c, personId, Dates.today()).stream()
                    .filter(d -> d.unitId() == membership.get().unitId() && d.inForceOn(day))
                    .findFirst();
        });
    }

    @Override
    public Optional<Unit> unit(long unitId) {
        return database.withConnection(c -> UnitStore.tree(c).get(unitId));
    }

    @Override
    public List<Unit> units() {
        return database.withConnection(c -> UnitStore.tree(c).ordered());
    }

    @Override
    public List<Unit> subtree(long unitId) {
        return database.withConnection(c -> UnitStore.tree(c).subtree(unitId));
    }

    @Override
    public List<Person> peopleUnder(long unitId) {
        return database.withConnection(c -> {
            java.util.Set<Long> units = UnitStore.tree(c).subtreeIds(unitId);
            List<Person> people = new java.util.ArrayList<>();
            for (Person p : PersonStore.all(c)) {
                if (p.active() && units.contains(p.unitId())) {
                    people.add(p);
                }
            }
            people.sort(java.util.Comparator.comparing(Person::fullName, String.CASE_INSENSITIVE_ORDER));
            return people;
        });
    }

    @Override
    public Optional<Long> supervisedUnit(long userId) {
        return database.withConnection(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT unit_id FROM registry_supervisor WHERE user_id = ?")) {
                s.setLong(1, userId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }
}
