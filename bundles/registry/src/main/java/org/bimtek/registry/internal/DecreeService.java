package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.registry.internal.Inputs.DecreeInput;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Decrees (SK): list, the expiring ones, read, create (optionally superseding another), change, revoke. */
@Component(service = DecreeService.class)
public final class DecreeService {

    static final String NOT_FOUND = "SK tidak ditemukan.";
    /** "Expiring" means ending within this many days, as the issue asks. */
    static final int EXPIRING_DAYS = 30;

    private final Database database;
    private final AuditLog audit;

    @Activate
    public DecreeService(@Reference Database database, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.audit = audit;
    }

    Page<Decree> list(Scope scope, DecreeStore.Filter filter, Paging paging) {
        return database.withConnection(c -> DecreeStore.page(c, scope, filter, Dates.today(), paging.page(), paging.size()));
    }

    /** Subtree ids of a unit, for a filter. */
    Set<Long> subtree(long unitId) {
        return database.withConnection(c -> UnitStore.tree(c).subtreeIds(unitId));
    }

    private static Decree find(Connection c, Scope scope, long id) throws SQLException {
        Decree decree = DecreeStore.get(c, id, Dates.today()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        scope.require(decree.unitId(), NOT_FOUND);
        return decree;
    }

    Decree get(Scope scope, long id) {
        return database.withConnection(c -> find(c, scope, id));
    }

    Map<String, Object> detail(Scope scope, long id) {
        return database.withConnection(c -> {
            Decree decree = find(c, scope, id);
            UnitTree tree = UnitStore.tree(c);
            Map<String, Object> view = Views.decree(decree, tree);
            List<Map<String, Object>> people = new ArrayList<>();
            for (Long personId : DecreeStore.personIds(c, id)) {
                PersonStore.get(c, personId).ifPresent(p -> people.add(Views.person(p, tree)));
            }
            view.put("people", people);
            view.put("accounts", AccountStore.ofDecree(c, id).stream().map(a -> Views.account(a, tree)).toList());
            view.put("supersededBy", DecreeStore.supersededBy(c, id).orElse(null));
            view.put("document", DecreeStore.document(c, id).map(d -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("url", "/api/decrees/" + id + "/document");
                doc.put("sizeBytes", d.sizeBytes());
                doc.put("sha256", d.sha256());
                doc.put("uploadedAt", d.uploadedAt());
                doc.put("uploadedBy", d.uploadedBy());
                return doc;
            }).orElse(null));
            return view;
        });
    }

    Decree create(Scope scope, DecreeInput input) {
        Decree created = Duplicates.refused(() -> database.inTransaction(c -> {
            LocalDate today = Dates.today();
            FieldErrors errors = new FieldErrors();
            DecreeRules.Draft draft = DecreeRules.check(errors, input.number(), input.date(), input.signedByName(),
                    input.signedByTitle(), input.validFrom(), input.validTo(), input.status(), today);
            UnitTree tree = UnitStore.tree(c);
            Unit unit = UnitRules.reference(tree, scope, input.unitId(), input.unitCode(), errors, "unit", true);
            Set<Long> people = people(c, scope, input.personIds(), errors);
            Set<Long> accounts = accounts(c, scope, input.accountIds(), errors);
            if (draft.number() != null && Sql.count(c, "SELECT COUNT(*) FROM registry_decree WHERE decree_number = ?", draft.number()) > 0) {
                errors.add("number", "nomor SK sudah terdaftar");
            }
            Decree superseded = null;
            if (input.supersedes() != null) {
                superseded = DecreeStore.get(c, input.supersedes(), today).filter(d -> scope.allows(d.unitId())).orElse(null);
                if (superseded == null) {
                    errors.add("supersedes", "SK yang diganti tidak ditemukan");
                }
            }
            errors.throwIfAny();
            Instant now = Instant.now();
            Decree decree = DecreeRules.decree(0, draft, unit.id(), today);
            long id = DecreeStore.insert(c, decree, draft.stored(), now);
            DecreeStore.setLinks(c, "registry_decree_person", "person_id", id, List.of(), people);
            DecreeStore.setLinks(c, "registry_decree_account", "account_id", id, List.of(), accounts);
            decree = DecreeStore.get(c, id, today).orElseThrow();
            if (superseded != null) {
                replace(c, superseded, id, now, today);
            }
            DecreeRules.recordHandovers(c, id, Set.of(), DecreeRules.pairs(decree, people, accounts, today), now, "SK " + decree.number());
            return decree;
        }));
        Audit.change(audit, scope.actor(), "registry.decree.create", "decree:" + created.id(), null, created);
        return created;
    }

    /** The old SK becomes SUPERSEDED; its people let go of its accounts unless the new SK keeps them. */
    private static void replace(Connection c, Decree old, long newId, Instant now, LocalDate today) throws SQLException {
        Set<List<Long>> before = DecreeRules.pairs(old, DecreeStore.personIds(c, old.id()), DecreeStore.accountIds(c, old.id()), today);
        DecreeStore.supersede(c, old.id(), newId, now);
        Set<List<Long>> kept = DecreeRules.pairs(DecreeStore.get(c, newId, today).orElseThrow(), DecreeStore.personIds(c, newId),
                DecreeStore.accountIds(c, newId), today);
        Set<List<Long>> stillInCharge = new java.util.HashSet<>(before);
        stillInCharge.retainAll(kept);
        DecreeRules.recordHandovers(c, old.id(), before, stillInCharge, now, "diganti SK baru");
    }

    Decree update(Scope scope, long id, DecreeInput input) {
        Decree[] before = new Decree[1];
        Decree after = Duplicates.refused(() -> database.inTransaction(c -> {
            LocalDate today = Dates.today();
            Decree current = find(c, scope, id);
            before[0] = current;
            FieldErrors errors = new FieldErrors();
            DecreeRules.Draft draft = DecreeRules.check(errors, keep(input.number(), current.number()),
                    keep(input.date(), current.date()), keep(input.signedByName(), current.signedByName()),
                    keep(input.signedByTitle(), current.signedByTitle()), keep(input.validFrom(), current.validFrom()),
                    input.validTo() != null ? input.validTo() : current.validTo() == null ? null : current.validTo().toString(),
                    keep(input.status(), current.status().name()), today);
            long unitId = current.unitId();
            if (input.unitId() != null || input.unitCode() != null) {
                Unit unit = UnitRules.reference(UnitStore.tree(c), scope, input.unitId(), input.unitCode(), errors, "unit", true);
                unitId = unit == null ? unitId : unit.id();
            }
            List<Long> oldPeople = DecreeStore.personIds(c, id);
            List<Long> oldAccounts = DecreeStore.accountIds(c, id);
            Set<Long> people = input.personIds() == null ? new LinkedHashSet<>(oldPeople) : people(c, scope, input.personIds(), errors);
            Set<Long> accounts = input.accountIds() == null ? new LinkedHashSet<>(oldAccounts)
                    : accounts(c, scope, input.accountIds(), errors);
            if (draft.number() != null && Sql.count(c, "SELECT COUNT(*) FROM registry_decree WHERE decree_number = ? AND id <> ?",
                    draft.number(), id) > 0) {
                errors.add("number", "nomor SK sudah terdaftar");
            }
            if (current.status() == DecreeStatus.SUPERSEDED && draft.stored() != DecreeStatus.SUPERSEDED) {
                errors.add("status", "SK yang sudah diganti tidak dapat diaktifkan lagi; buat SK baru");
            }
            errors.throwIfAny();
            Decree updated = DecreeRules.decree(id, draft, unitId, today);
            Instant now = Instant.now();
            if (!updated.equals(current)) {
                DecreeStore.update(c, updated, draft.stored(), now);
            }
            DecreeStore.setLinks(c, "registry_decree_person", "person_id", id, oldPeople, people);
            DecreeStore.setLinks(c, "registry_decree_account", "account_id", id, oldAccounts, accounts);
            DecreeRules.recordHandovers(c, id, DecreeRules.pairs(current, oldPeople, oldAccounts, today),
                    DecreeRules.pairs(updated, people, accounts, today), now, "perubahan SK " + updated.number());
            return updated;
        }));
        Audit.change(audit, scope.actor(), "registry.decree.update", "decree:" + id, before[0], after);
        return after;
    }

    private static String keep(Object given, Object current) {
        return given != null ? given.toString() : current == null ? null : current.toString();
    }

    private static Set<Long> people(Connection c, Scope scope, List<Long> ids, FieldErrors errors) throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Person person = id == null ? null : PersonStore.get(c, id).filter(p -> scope.allows(p.unitId())).orElse(null);
            if (person == null) {
                errors.add("personIds", "admin " + id + " tidak ditemukan");
            } else {
                found.add(person.id());
            }
        }
        return found;
    }

    private static Set<Long> accounts(Connection c, Scope scope, List<Long> ids, FieldErrors errors) throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Account account = id == null ? null : AccountStore.get(c, id).filter(a -> scope.allows(a.unitId())).orElse(null);
            if (account == null) {
                errors.add("accountIds", "akun " + id + " tidak ditemukan");
            } else {
                found.add(account.id());
            }
        }
        return found;
    }
}
