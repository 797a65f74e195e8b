package org.bimtek.web.internal;

import javax.servlet.Servlet;
import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.storage.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/health}, {@code /api/openapi.json}, the administrators' storage probe
 * ({@code POST /api/health/storage-probe?seconds=5&threads=1}: single-row insert-and-commit rate), and the JSON 404 for every
 * {@code /api/...} path that no feature bundle's more specific servlet claims.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-platform-api")
@HttpWhiteboardServletPattern("/api/*")
public final class PlatformApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public PlatformApiServlet(BundleContext context, @Reference SessionService sessions, @Reference HealthService health,
            @Reference OpenApiDocument openApi, @Reference Database database) {
        super(sessions);
        String version = context.getBundle().getVersion().toString();
        get("/api/health", call -> {
            HealthReport report = health.check();
            call.status(report.database().equals("UP") ? 200 : 503);
            return report;
        }).open();
        get("/api/openapi.json", call -> openApi.build(version)).open();
        post("/api/health/storage-probe", call -> {
            int seconds = bounded(call.query("seconds", "5"), 1, 60, "seconds");
            int threads = bounded(call.query("threads", "1"), 1, 64, "threads");
            try {
                return StorageProbe.run(database, seconds, threads);
            } catch (IllegalStateException e) {
                throw ApiException.conflict("probe_running", "Uji penyimpanan lain sedang berjalan.");
            }
        }).roles(Role.ADMIN);
    }

    private static int bounded(String value, int min, int max, String name) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("invalid_parameter", name + " harus bilangan " + min + " sampai " + max + ".");
    }
}
