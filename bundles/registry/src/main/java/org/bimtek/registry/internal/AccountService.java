package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.registry.internal.Inputs.AccountInput;
import org.bimtek.registry.internal.Records.Account;
import org.bimtek.registry.internal.Records.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Official social-media accounts: list, read with managers and hand-overs, create, change, deactivate. */
@Component(service = AccountService.class)
public final class AccountService {

    static final String NOT_FOUND = "Akun resmi tidak ditemukan.";

    private final Database database;
    private final AuditLog audit;

    @Activate
    public AccountService(@Reference Database database, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.audit = audit;
    }

    Page<Account> list(Scope scope, String query, Platform platform, Long under, Boolean active, Paging paging) {
        return database.withConnection(c -> {
            Set<Long> units = under == null ? null : UnitStore.tree(c).subtreeIds(under);
            String q = Text.clean(query) == null ? null : Platform.normaliseHandle(query);
            return AccountStore.page(c, scope, units, q, platform, active, paging.page(), paging.size());
        });
    }

    private static Account find(Connection c, Scope scope, long id) throws SQLException {
        Account account = AccountStore.get(c, id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        scope.require(account.unitId(), NOT_FOUND);
        return account;
    }

    Account get(Scope scope, long id) {
        return database.withConnection(c -> find(c, scope, id));
    }

    Map<String, Object> detail(Scope scope, long id) {
        return database.withConnection(c -> {
            Account account = find(c, scope, id);
            UnitTree tree = UnitStore.tree(c);
            LocalDate today = Dates.today();
            Map<String, Object> view = Views.account(account, tree);
            view.put("managers", AccountStore.managers(c, id, today).stream().map(p -> Views.person(p, tree)).toList());
            view.put("handovers", HistoryStore.handoversOfAccount(c, id));
            return view;
        });
    }

    Account create(Scope scope, AccountInput input) {
        Account created = Duplicates.refused(() -> database.inTransaction(c -> {
            FieldErrors errors = new FieldErrors();
            Platform platform = Text.choice(errors, "platform", input.platform(), Platform.class, true);
            Platform.Address address = platform == null ? null : platform.check(errors, input.handle(), input.url());
            Unit unit = UnitRules.reference(UnitStore.tree(c), scope, input.unitId(), input.unitCode(), errors, "unit", true);
            if (address != null && address.handle() != null) {
                checkUnique(c, 0, platform, address.handle(), errors);
            }
            errors.throwIfAny();
            Account account = new Account(0, platform, address.handle(), address.url(), unit.id(), input.active() == null || input.active());
            long id = AccountStore.insert(c, account, Instant.now());
            return AccountStore.get(c, id).orElseThrow();
        }));
        Audit.change(audit, scope.actor(), "registry.account.create", "account:" + created.id(), null, created);
        return created;
    }

    Account update(Scope scope, long id, AccountInput input) {
        Account[] before = new Account[1];
        Account after = Duplicates.refused(() -> database.inTransaction(c -> {
            Account current = find(c, scope, id);
            before[0] = current;
            FieldErrors errors = new FieldErrors();
            Platform platform = input.platform() == null ? current.platform()
                    : Text.choice(errors, "platform", input.platform(), Platform.class, true);
            boolean renamed = input.handle() != null || input.platform() != null;
            String url = input.url() != null ? input.url() : renamed ? null : current.url();
            Platform.Address address = platform == null ? null
                    : platform.check(errors, input.handle() == null ? current.handle() : input.handle(), url);
            long unitId = current.unitId();
            if (input.unitId() != null || input.unitCode() != null) {
                Unit unit = UnitRules.reference(UnitStore.tree(c), scope, input.unitId(), input.unitCode(), errors, "unit", true);
                unitId = unit == null ? unitId : unit.id();
            }
            if (address != null && address.handle() != null) {
                checkUnique(c, id, platform, address.handle(), errors);
            }
            errors.throwIfAny();
            Account updated = new Account(id, platform, address.handle(), address.url(), unitId,
                    input.active() == null ? current.active() : input.active());
            if (!updated.equals(current)) {
                AccountStore.update(c, updated, Instant.now());
            }
            return updated;
        }));
        if (!after.equals(before[0])) {
            Audit.change(audit, scope.actor(), "registry.account.update", "account:" + id, before[0], after);
        }
        return after;
    }

    private static void checkUnique(Connection c, long id, Platform platform, String handle, FieldErrors errors) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM registry_account WHERE platform = ? AND handle = ? AND id <> ?",
                platform.name(), handle, id) > 0) {
            errors.add("handle", "akun " + platform + " @" + handle + " sudah terdaftar");
        }
    }
}
