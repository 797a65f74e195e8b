package org.bimtek.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.bimtek.api.http.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the shell commands call: the importer in the administrator's scope, with its report as lines of text. */
@Component(service = RegistryShell.class)
public final class RegistryShell {

    private final Importer importer;

    @Activate
    public RegistryShell(@Reference Importer importer) {
        this.importer = importer;
    }

    public List<String> importFile(String kind, byte[] csv, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        try {
            ImportReport report = importer.run(Scope.all("shell"), kind, csv, dryRun);
            lines.add(report.summary());
            report.getErrors().forEach(e -> lines.add("  baris " + e.row() + (e.column() == null ? "" : ", kolom " + e.column()) + ": " + e.reason()));
            report.getChanges().stream().limit(50).forEach(c -> lines.add("  baris " + c.row() + ": " + c.action() + " " + c.key()
                    + (c.columns().isEmpty() ? "" : " " + c.columns())));
        } catch (ApiException e) {
            lines.add(e.getMessage());
        }
        return lines;
    }
}
