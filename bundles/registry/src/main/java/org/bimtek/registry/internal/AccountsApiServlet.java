package org.bimtek.registry.internal;

import javax.servlet.Servlet;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.registry.internal.Inputs.AccountInput;
import org.bimtek.registry.internal.Records.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/accounts}: list ({@code ?q=&platform=&unit=&active=}), get with managers and hand-overs, create, update. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-accounts")
@HttpWhiteboardServletPattern({"/api/accounts", "/api/accounts/*"})
public final class AccountsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient UnitService units;
    private final transient Scopes scopes;

    @Activate
    public AccountsApiServlet(@Reference SessionService sessions, @Reference AccountService accounts, @Reference UnitService units,
            @Reference Scopes scopes) {
        super(sessions);
        this.accounts = accounts;
        this.units = units;
        this.scopes = scopes;
        get("/api/accounts", this::list).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/accounts/{id}", call -> accounts.detail(scope(call), id(call))).roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/accounts", call -> {
            Account created = accounts.create(scope(call), call.body(AccountInput.class));
            call.status(201);
            return Views.account(created, units.tree());
        }).roles(Role.ADMIN, Role.SUPERVISOR);
        put("/api/accounts/{id}", call -> Views.account(accounts.update(scope(call), id(call), call.body(AccountInput.class)),
                units.tree())).roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private Object list(Call call) {
        Scope scope = scope(call);
        UnitTree tree = units.tree();
        return Views.page(accounts.list(scope, call.query("q", null), RegistryCalls.optionalChoice(call, "platform", Platform.class),
                RegistryCalls.unitFilter(call, scope), RegistryCalls.optionalBoolean(call, "active"), Paging.of(call)),
                a -> Views.account(a, tree));
    }

    private Scope scope(Call call) {
        return scopes.of(call.user());
    }

    private static long id(Call call) {
        return RegistryCalls.id(call, "id", AccountService.NOT_FOUND);
    }
}
