package org.bimtek.web.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;

/** {@code bimtek:health}: the same report as {@code GET /api/health}. */
@Service
@Command(scope = "bimtek", name = "health", description = "Menampilkan kesehatan Bimtek / shows Bimtek's health")
public class HealthCommand implements Action {

    @Reference
    HealthService health;

    @Override
    public Object execute() {
        HealthReport report = health.check();
        System.out.println("Status       : " + report.status());
        System.out.println("Versi        : " + report.version());
        System.out.println("Basis data   : " + report.database());
        System.out.println("Bundle aktif : " + report.bundles().active());
        System.out.println("Bundle gagal : " + report.bundles().failed());
        return null;
    }
}
