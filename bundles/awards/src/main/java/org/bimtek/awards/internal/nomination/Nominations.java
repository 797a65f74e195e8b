package org.bimtek.awards.internal.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.api.storage.StorageException;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.bimtek.awards.internal.programme.Programmes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Nominations: a supervisor nominates people of their own unit and the units under it, an administrator anyone, while
 * the programme is in NOMINATION, each person once. The person's unit is recorded as it is at nomination.
 */
@Component(service = Nominations.class)
public final class Nominations {

    private final Database database;
    private final Programmes programmes;
    private final PlatformServices platform;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Nominations(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.awards)") Schema schema,
            @Reference Programmes programmes, @Reference PlatformServices platform, @Reference AuditLog audit) {
        this(database, programmes, platform, audit, Clock.systemUTC());
    }

    public Nominations(Database database, Programmes programmes, PlatformServices platform, AuditLog audit, Clock clock) {
        this.database = database;
        this.programmes = programmes;
        this.platform = platform;
        this.audit = audit;
        this.clock = clock;
    }

    public Nominee nominate(User actor, long programmeId, Long personId) {
        if (!Permissions.isAdmin(actor) && !Permissions.isSupervisor(actor)) {
            throw ApiException.forbidden("Hanya pengawas unit atau admin Diskominfo yang dapat menominasikan.");
        }
        Programme programme = programmes.get(programmeId);
        if (programme.phase() != Phase.NOMINATION) {
            throw ApiException.conflict("nominations_closed", "Nominasi untuk " + programme.title() + " sudah ditutup (fase "
                    + programme.phase().label() + ").");
        }
        if (personId == null) {
            throw ApiException.badRequest("person_required", "Pilih orang yang dinominasikan (personId).");
        }
        Registry registry = platform.requireRegistry();
        Person person = registry.person(personId).orElseThrow(() -> ApiException.notFound("Orang dengan id " + personId
                + " tidak ada di registri."));
        if (!person.active()) {
            throw ApiException.badRequest("person_inactive", person.fullName() + " tidak aktif di registri dan tidak dapat dinominasikan.");
        }
        if (!Permissions.isAdmin(actor) && !supervisedUnits(actor, registry).contains(person.unitId())) {
            String unit = registry.supervisedUnit(actor.id()).flatMap(registry::unit).map(Unit::name).orElse("unit Anda");
            throw ApiException.forbidden("Anda hanya dapat menominasikan orang di " + unit + " dan unit di bawahnya.");
        }
        String unitName = registry.unit(person.unitId()).map(Unit::name).orElse("Unit " + person.unitId());
        Nominee draft = new Nominee(0, programmeId, person.id(), person.fullName(), person.userId(), person.unitId(), unitName,
                actor.username(), clock.instant());
        long id;
        try {
            id = database.inTransaction(c -> NomineeStore.insert(c, draft));
        } catch (StorageException e) {
            if (e.isConstraintViolation()) {
                throw ApiException.conflict("already_nominated", person.fullName() + " sudah dinominasikan dalam program ini.");
            }
            throw e;
        }
        audit.record(actor.username(), "award.nominate", "award:" + programmeId, "person:" + person.id() + " " + person.fullName());
        return nominee(programmeId, id);
    }

    /** The units a supervisor may nominate in: their unit and everything under it; none without an assigned unit. */
    private static Set<Long> supervisedUnits(User actor, Registry registry) {
        Optional<Long> root = registry.supervisedUnit(actor.id());
        if (root.isEmpty()) {
            throw ApiException.forbidden("Akun pengawas Anda belum ditautkan ke unit; minta admin Diskominfo menautkannya.");
        }
        return registry.subtree(root.get()).stream().map(Unit::id).collect(Collectors.toSet());
    }

    /** A programme's nominees by name. */
    public List<Nominee> nominees(long programmeId) {
        return database.withConnection(c -> NomineeStore.ofProgramme(c, programmeId));
    }

    /** A nominee of the programme, or 404. */
    public Nominee nominee(long programmeId, long nomineeId) {
        return database.withConnection(c -> NomineeStore.get(c, nomineeId)).filter(n -> n.programmeId() == programmeId)
                .orElseThrow(() -> ApiException.notFound("Nominasi tidak ditemukan dalam program ini."));
    }

    /**
     * The nominees a user may list: all to an administrator (and to a juror, whom the caller checks); to a supervisor
     * those of their own subtree.
     */
    public List<Nominee> nomineesOfSubtree(User actor, long programmeId) {
        Set<Long> units = supervisedUnits(actor, platform.requireRegistry());
        return nominees(programmeId).stream().filter(n -> units.contains(n.unitId())).toList();
    }

    /** The active people {@code actor} may nominate, by name: everyone for an administrator, their subtree for a supervisor. */
    public List<Person> candidates(User actor) {
        Registry registry = platform.requireRegistry();
        if (Permissions.isAdmin(actor)) {
            Map<Long, Person> people = new LinkedHashMap<>();
            for (Unit unit : registry.units()) {
                if (unit.parentId() == null) {
                    registry.peopleUnder(unit.id()).forEach(p -> people.putIfAbsent(p.id(), p));
                }
            }
            List<Person> all = new ArrayList<>(people.values());
            all.sort(Comparator.comparing(Person::fullName, String.CASE_INSENSITIVE_ORDER));
            return all;
        }
        if (Permissions.isSupervisor(actor)) {
            return registry.supervisedUnit(actor.id()).map(registry::peopleUnder).orElse(List.of());
        }
        return List.of();
    }
}
