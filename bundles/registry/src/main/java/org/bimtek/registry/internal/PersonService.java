package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.registry.internal.Inputs.PersonInput;
import org.bimtek.registry.internal.Inputs.TransferInput;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.bimtek.api.awards.Awards;
import org.bimtek.api.certification.Certificates;

/** People: list, read with their history, create, change, deactivate, transfer; scoped and audited. */
@Component(service = PersonService.class)
public final class PersonService {

    static final String NOT_FOUND = "Admin tidak ditemukan.";

    private final Database database;
    private final AuditLog audit;
    private final UserService users;
    /** Present while the certification module is installed; the person page lists certificates through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Certificates certificates;
    /** Present while the awards module is installed: a winner's awards show on the person page. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Awards awards;

    @Activate
    public PersonService(@Reference Database database, @Reference AuditLog audit, @Reference UserService users,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.audit = audit;
        this.users = users;
    }

    /** People in scope; {@code under} limits to one unit's subtree. */
    Page<Person> list(Scope scope, String query, Long under, Boolean active, Paging paging) {
        return database.withConnection(c -> {
            Set<Long> units = under == null ? null : UnitStore.tree(c).subtreeIds(under);
            return PersonStore.page(c, scope, units, Text.clean(query), active, paging.page(), paging.size());
        });
    }

    Person get(Scope scope, long id) {
        return database.withConnection(c -> find(c, scope, id));
    }

    private static Person find(Connection c, Scope scope, long id) throws SQLException {
        Person person = PersonStore.get(c, id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        scope.require(person.unitId(), NOT_FOUND);
        return person;
    }

    /** A person with everything the person page shows: unit history, SKs, accounts, hand-overs. */
    Map<String, Object> detail(Scope scope, long id) {
        return database.withConnection(c -> {
            Person person = find(c, scope, id);
            UnitTree tree = UnitStore.tree(c);
            LocalDate today = Dates.today();
            Map<String, Object> view = Views.person(person, tree);
            view.put("unitPath", tree.path(person.unitId()));
            view.put("hasActiveDecree", PersonStore.hasActiveDecree(c, id, today));
            view.put("memberships", HistoryStore.memberships(c, id).stream().map(m -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("unitId", m.unitId());
                row.put("unitCode", tree.get(m.unitId()).map(Unit::code).orElse(null));
                row.put("unitName", tree.get(m.unitId()).map(Unit::name).orElse(null));
                row.put("from", m.startedAt());
                row.put("to", m.endedAt());
                row.put("note", m.note());
                return row;
            }).toList());
            view.put("decrees", DecreeStore.ofPerson(c, id, today).stream().map(d -> Views.decree(d, tree)).toList());
            view.put("accounts", AccountStore.managedBy(c, id, today).stream().map(a -> Views.account(a, tree)).toList());
            view.put("handovers", HistoryStore.handoversOfPerson(c, id));
            Certificates certified = certificates;
            // null, not an empty list, when no certification module answers: the page says so instead of "none".
            view.put("certificates", certified == null ? null : certified.ofPerson(id));
            Awards won = awards;
            view.put("awards", won == null ? null : won.ofPerson(id));
            return view;
        });
    }

    Person create(Scope scope, PersonInput input) {
        Person created = Duplicates.refused(() -> database.inTransaction(c -> {
            UnitTree tree = UnitStore.tree(c);
            FieldErrors errors = new FieldErrors();
            PersonRules.Draft draft = PersonRules.check(errors, input.fullName(), input.nip(), input.position(), input.phone(),
                    input.email(), Dates.today());
            Unit unit = UnitRules.reference(tree, scope, input.unitId(), input.unitCode(), errors, "unit", true);
            checkUserId(input.userId(), errors);
            checkUnique(c, 0, draft, input.userId(), errors);
            errors.throwIfAny();
            Person person = new Person(0, draft.fullName(), draft.nip(), draft.position(), draft.phone(), draft.email(),
                    input.userId(), unit.id(), input.active() == null || input.active());
            Instant now = Instant.now();
            long id = PersonStore.insert(c, person, now);
            HistoryStore.openMembership(c, id, unit.id(), now, "data awal");
            return PersonStore.get(c, id).orElseThrow();
        }));
        Audit.change(audit, scope.actor(), "registry.person.create", "person:" + created.id(), null, created);
        return created;
    }

    /** Changes a person's own fields. The unit changes only through {@link #transfer}, which keeps the history. */
    Person update(Scope scope, long id, PersonInput input) {
        Person[] before = new Person[1];
        Person after = Duplicates.refused(() -> database.inTransaction(c -> {
            Person current = find(c, scope, id);
            before[0] = current;
            FieldErrors errors = new FieldErrors();
            PersonRules.Draft draft = PersonRules.check(errors, keep(input.fullName(), current.fullName()),
                    keep(input.nip(), current.nip()), keep(input.position(), current.position()),
                    keep(input.phone(), current.phone()), keep(input.email(), current.email()), Dates.today());
            boolean unitChanged = (input.unitId() != null && input.unitId() != current.unitId())
                    || (Text.clean(input.unitCode()) != null && UnitStore.tree(c).byCode(input.unitCode())
                            .map(u -> u.id() != current.unitId()).orElse(true));
            if (unitChanged) {
                errors.add("unit", "gunakan POST /api/people/" + id + "/transfer untuk memindahkan admin; riwayatnya tetap tersimpan");
            }
            Long userId = input.userId() == null ? current.userId() : (input.userId() == 0 ? null : input.userId());
            if (!java.util.Objects.equals(userId, current.userId())) {
                checkUserId(userId, errors);
            }
            checkUnique(c, id, draft, userId, errors);
            errors.throwIfAny();
            Person updated = new Person(id, draft.fullName(), draft.nip(), draft.position(), draft.phone(), draft.email(), userId,
                    current.unitId(), input.active() == null ? current.active() : input.active());
            if (!updated.equals(current)) {
                PersonStore.update(c, updated, Instant.now());
            }
            return updated;
        }));
        if (!after.equals(before[0])) {
            Audit.change(audit, scope.actor(), "registry.person.update", "person:" + id, before[0], after);
        }
        return after;
    }

    /**
     * Moves a person to another unit: closes the current membership, opens the next, and
     * records a hand-over for every account they managed (their SK was for the old unit).
     * Quiz results and certificates are keyed by the person and the user, so they move along.
     */
    Map<String, Object> transfer(Scope scope, long id, TransferInput input) {
        Map<String, Object> result = database.inTransaction(c -> {
            Person person = find(c, scope, id);
            UnitTree tree = UnitStore.tree(c);
            FieldErrors errors = new FieldErrors();
            Unit target = UnitRules.reference(tree, scope, input.unitId(), input.unitCode(), errors, "unit", true);
            String note = Text.optional(errors, "note", input.note(), 200);
            if (target != null && target.id() == person.unitId()) {
                errors.add("unit", "admin sudah berada di unit ini");
            }
            if (!person.active()) {
                errors.add("unit", "admin tidak aktif; aktifkan dulu sebelum dipindahkan");
            }
            errors.throwIfAny();
            List<Account> released = moveTo(c, person, target, note, Instant.now());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("person", Views.person(PersonStore.get(c, id).orElseThrow(), tree));
            view.put("fromUnitId", person.unitId());
            view.put("toUnitId", target.id());
            view.put("releasedAccounts", released.stream().map(a -> Views.account(a, tree)).toList());
            return view;
        });
        Audit.change(audit, scope.actor(), "registry.person.transfer", "person:" + id,
                Map.of("unitId", result.get("fromUnitId")), Map.of("unitId", result.get("toUnitId"), "releasedAccounts",
                        ((List<?>) result.get("releasedAccounts")).size()));
        return result;
    }

    /** The transfer itself, inside the caller's transaction; also used by the importer when a unit changes. */
    static List<Account> moveTo(Connection c, Person person, Unit target, String note, Instant at) throws SQLException {
        List<Account> managed = AccountStore.managedBy(c, person.id(), Dates.dayOf(at));
        HistoryStore.closeMembership(c, person.id(), at);
        HistoryStore.openMembership(c, person.id(), target.id(), at, note == null ? "mutasi" : note);
        PersonStore.update(c, new Person(person.id(), person.fullName(), person.nip(), person.position(), person.phone(),
                person.email(), person.userId(), target.id(), person.active()), at);
        for (Account account : managed) {
            HistoryStore.handover(c, account.id(), person.id(), HistoryStore.RELEASED, at, null, "mutasi ke unit " + target.code());
        }
        return managed;
    }

    private static String keep(String given, String current) {
        return given == null ? current : given;
    }

    private void checkUserId(Long userId, FieldErrors errors) {
        if (userId != null && users.find(userId).isEmpty()) {
            errors.add("userId", "akun pengguna tidak ditemukan");
        }
    }

    private static void checkUnique(Connection c, long id, PersonRules.Draft draft, Long userId, FieldErrors errors) throws SQLException {
        if (draft.nip() != null && Sql.count(c, "SELECT COUNT(*) FROM registry_person WHERE nip = ? AND id <> ?", draft.nip(), id) > 0) {
            errors.add("nip", "NIP sudah terdaftar untuk admin lain");
        }
        if (draft.email() != null && Sql.count(c, "SELECT COUNT(*) FROM registry_person WHERE email = ? AND id <> ?", draft.email(), id) > 0) {
            errors.add("email", "e-mail sudah terdaftar untuk admin lain");
        }
        if (userId != null && Sql.count(c, "SELECT COUNT(*) FROM registry_person WHERE user_id = ? AND id <> ?", userId, id) > 0) {
            errors.add("userId", "akun pengguna ini sudah ditautkan ke admin lain");
        }
    }
}
