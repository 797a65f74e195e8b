package org.bimtek.registry.internal;

import javax.servlet.Servlet;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.Person;
import org.bimtek.registry.internal.Inputs.PersonInput;
import org.bimtek.registry.internal.Inputs.TransferInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/people}: list ({@code ?q=&unit=&active=&page=&size=}), get with history,
 * create, update, and {@code POST /api/people/{id}/transfer}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-people")
@HttpWhiteboardServletPattern({"/api/people", "/api/people/*"})
public final class PeopleApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient PersonService people;
    private final transient UnitService units;
    private final transient Scopes scopes;

    @Activate
    public PeopleApiServlet(@Reference SessionService sessions, @Reference PersonService people, @Reference UnitService units,
            @Reference Scopes scopes) {
        super(sessions);
        this.people = people;
        this.units = units;
        this.scopes = scopes;
        get("/api/people", this::list).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/people/{id}", call -> people.detail(scope(call), id(call))).roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/people", call -> {
            Person created = people.create(scope(call), call.body(PersonInput.class));
            call.status(201);
            return Views.person(created, units.tree());
        }).roles(Role.ADMIN, Role.SUPERVISOR);
        put("/api/people/{id}", call -> Views.person(people.update(scope(call), id(call), call.body(PersonInput.class)), units.tree()))
                .roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/people/{id}/transfer", call -> people.transfer(scope(call), id(call), call.body(TransferInput.class)))
                .roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private Object list(Call call) {
        Scope scope = scope(call);
        UnitTree tree = units.tree();
        return Views.page(people.list(scope, call.query("q", null), RegistryCalls.unitFilter(call, scope),
                RegistryCalls.optionalBoolean(call, "active"), Paging.of(call)), p -> Views.person(p, tree));
    }

    private Scope scope(Call call) {
        return scopes.of(call.user());
    }

    private static long id(Call call) {
        return RegistryCalls.id(call, "id", PersonService.NOT_FOUND);
    }
}
