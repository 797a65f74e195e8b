package org.bimtek.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Unit;
import org.bimtek.registry.internal.Inputs.SupervisorInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/supervisors}: which unit each SUPERVISOR account administers; {@code PUT /api/supervisors/{userId}} attaches one (ADMIN). */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-supervisors")
@HttpWhiteboardServletPattern({"/api/supervisors", "/api/supervisors/*"})
public final class SupervisorsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public SupervisorsApiServlet(@Reference SessionService sessions, @Reference Scopes scopes, @Reference UnitService units) {
        super(sessions);
        get("/api/supervisors", call -> {
            Map<Long, Long> links = scopes.assignments();
            UnitTree tree = units.tree();
            List<Map<String, Object>> result = new ArrayList<>();
            for (User user : scopes.supervisors()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("userId", user.id());
                row.put("username", user.username());
                row.put("displayName", user.displayName());
                Long unit = links.get(user.id());
                row.put("unitId", unit);
                row.put("unitCode", unit == null ? null : tree.get(unit).map(Unit::code).orElse(null));
                result.add(row);
            }
            return result;
        }).roles(Role.ADMIN);
        put("/api/supervisors/{userId}", call -> {
            long userId = RegistryCalls.id(call, "userId", "Pengguna tidak ditemukan.");
            SupervisorInput input = call.body(SupervisorInput.class);
            Long unitId = input.unitId();
            if (unitId == null && input.unitCode() != null) {
                unitId = units.tree().byCode(input.unitCode()).map(Unit::id).orElse(-1L);
            }
            return scopes.assign(call.user().username(), userId, unitId);
        }).roles(Role.ADMIN);
    }
}
