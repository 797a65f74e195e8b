package org.bimtek.web.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;

/** {@code bimtek:health}: the same report as {@code GET /api/health}. */
@Service
@Command(scope = "bimtek", name = "health", description = "Menampilkan kesehatan Bimtek / shows Bimtek's health")
public class HealthCommand implements Action {

    @Reference
    HealthService health;

    @Reference
    Session session;

    @Override
    public Object execute() {
        HealthReport report = health.check();
        session.getConsole().println("Status       : " + report.status());
        session.getConsole().println("Versi        : " + report.version());
        session.getConsole().println("Basis data   : " + report.database());
        session.getConsole().println("Bundle aktif : " + report.bundles().active());
        session.getConsole().println("Bundle gagal : " + report.bundles().failed());
        return null;
    }
}
