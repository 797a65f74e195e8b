package org.bimtek.registry.internal;

import javax.servlet.Servlet;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.registry.internal.Inputs.UnitInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/units}: list ({@code ?q=&kind=&active=&unit=&page=&size=}), get, create, update (deactivate with {@code active:false}). */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-units")
@HttpWhiteboardServletPattern({"/api/units", "/api/units/*"})
public final class UnitsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient UnitService units;
    private final transient Scopes scopes;

    @Activate
    public UnitsApiServlet(@Reference SessionService sessions, @Reference UnitService units, @Reference Scopes scopes) {
        super(sessions);
        this.units = units;
        this.scopes = scopes;
        get("/api/units", this::list).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/units/{id}", call -> view(units.get(scope(call), id(call)))).roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/units", call -> {
            Unit created = units.create(scope(call), call.body(UnitInput.class));
            call.status(201);
            return view(created);
        }).roles(Role.ADMIN, Role.SUPERVISOR);
        put("/api/units/{id}", call -> view(units.update(scope(call), id(call), call.body(UnitInput.class))))
                .roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private Object list(Call call) {
        Scope scope = scope(call);
        UnitTree tree = units.tree();
        return Views.page(units.list(scope, call.query("q", null), RegistryCalls.optionalChoice(call, "kind", UnitKind.class),
                RegistryCalls.optionalBoolean(call, "active"), RegistryCalls.unitFilter(call, scope), Paging.of(call)),
                unit -> Views.unit(unit, tree));
    }

    private Object view(Unit unit) {
        return Views.unit(unit, units.tree());
    }

    private Scope scope(Call call) {
        return scopes.of(call.user());
    }

    private static long id(Call call) {
        return RegistryCalls.id(call, "id", UnitService.NOT_FOUND);
    }
}
