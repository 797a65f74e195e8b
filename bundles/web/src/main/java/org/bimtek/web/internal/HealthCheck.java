package org.bimtek.web.internal;

import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;
import org.bimtek.api.storage.Database;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * UP when the database answers and every bundle that should run does; DEGRADED when
 * the database answers but a bundle failed (a module with a broken migration, say);
 * DOWN when the database does not answer.
 */
@Component(service = HealthService.class)
public final class HealthCheck implements HealthService {

    private final BundleContext context;
    private final Database database;
    private final String version;

    @Activate
    public HealthCheck(BundleContext context, @Reference Database database) {
        this.context = context;
        this.database = database;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public HealthReport check() {
        int active = 0;
        int failed = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE) {
                active++;
            } else if (shouldBeRunning(bundle)) {
                failed++;
            }
        }
        boolean databaseUp = database.isAvailable();
        String status = !databaseUp ? "DOWN" : failed > 0 ? "DEGRADED" : "UP";
        return new HealthReport(status, version, databaseUp ? "UP" : "DOWN", new HealthReport.Bundles(active, failed));
    }

    /** Fragments never start, and a lazily activated bundle waiting in STARTING is fine. */
    private static boolean shouldBeRunning(Bundle bundle) {
        boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
        return !fragment && (bundle.getState() == Bundle.INSTALLED || bundle.getState() == Bundle.RESOLVED);
    }
}
