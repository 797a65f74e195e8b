package org.bimtek.audit.internal;

import javax.servlet.Servlet;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/audit?action=&limit=}: the newest entries, for administrators. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-audit")
@HttpWhiteboardServletPattern("/api/audit")
public final class AuditServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public AuditServlet(@Reference SessionService sessions, @Reference AuditLog audit) {
        super(sessions);
        get("/api/audit", call -> {
            int limit;
            try {
                limit = Integer.parseInt(call.query("limit", "50"));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("invalid_limit", "Parameter limit harus bilangan bulat.");
            }
            String action = call.query("action", null);
            return audit.recent(action == null || action.isBlank() ? null : action, limit);
        }).roles(Role.ADMIN);
    }
}
