package org.bimtek.web.internal;

import javax.servlet.Servlet;
import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.SessionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/health}, {@code /api/openapi.json}, and the JSON 404 for every
 * {@code /api/...} path that no feature bundle's more specific servlet claims.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-platform-api")
@HttpWhiteboardServletPattern("/api/*")
public final class PlatformApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public PlatformApiServlet(BundleContext context, @Reference SessionService sessions, @Reference HealthService health,
            @Reference OpenApiDocument openApi) {
        super(sessions);
        String version = context.getBundle().getVersion().toString();
        get("/api/health", call -> {
            HealthReport report = health.check();
            call.status(report.database().equals("UP") ? 200 : 503);
            return report;
        }).open();
        get("/api/openapi.json", call -> openApi.build(version)).open();
    }
}
