package org.bimtek.registry.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV import and export for every kind. A real run is all or nothing: the rows are
 * planned and applied in one transaction, and a single bad row refuses the whole file.
 * Re-importing a file changes nothing, because rows are matched on natural keys and
 * only differences are written.
 */
@Component(service = Importer.class)
public final class Importer {

    /** Largest CSV accepted: 10,000 people are about 1.5 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Database database;
    private final AuditLog audit;
    private final Map<String, ImportKind> kinds = new LinkedHashMap<>();

    @Activate
    public Importer(@Reference Database database, @Reference AuditLog audit, @Reference UserService users,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.audit = audit;
        for (ImportKind kind : List.of(new UnitImport(), new PersonImport(users), new AccountImport(), new DecreeImport())) {
            kinds.put(kind.name(), kind);
        }
    }

    /** The kinds in the order a full load should go: units, people, accounts, decrees. */
    List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    ImportKind kind(String name) {
        ImportKind kind = kinds.get(name);
        if (kind == null) {
            throw ApiException.notFound("Jenis data tidak dikenal: " + name + ". Pilih salah satu dari " + kinds.keySet() + ".");
        }
        return kind;
    }

    /** Plans and, unless a dry run or a row is wrong, applies the file; the report says which happened. */
    ImportReport run(Scope scope, String kindName, byte[] csv, boolean dryRun) {
        ImportKind kind = kind(kindName);
        ImportReport report = new ImportReport(kind.name(), dryRun);
        List<CsvRow> rows = rows(kind, csv, report);
        if (report.hasErrors()) {
            return report;
        }
        report.rows(rows.size());
        database.inTransaction(c -> {
            Object plan = kind.plan(c, scope, rows, report);
            if (!dryRun && !report.hasErrors()) {
                kind.apply(c, scope, plan, Instant.now());
                report.applied();
            }
            return null;
        });
        if (report.isApplied() && report.getCreated() + report.getUpdated() > 0) {
            // After the commit, so that the log never tells of a change that was rolled back: one entry per changed
            // row with its before and after, as for a change made through the API, and one for the file.
            String action = "registry.import." + kind.name();
            for (ImportReport.Audited change : report.audited()) {
                Audit.change(audit, scope.actor(), action + "." + change.action(), kind.name() + ":" + change.key(), change.before(),
                        change.after());
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("summary", report.summary());
            Audit.change(audit, scope.actor(), action, "import:" + kind.name(), null, after);
        }
        return report;
    }

    /** Parses the file and checks its header; problems go into the report under row 1 (the header). */
    private static List<CsvRow> rows(ImportKind kind, byte[] csv, ImportReport report) {
        Csv.Table table;
        try {
            table = Csv.parse(csv);
        } catch (Csv.CsvException e) {
            report.error(e.line(), null, e.getMessage());
            return List.of();
        }
        Set<String> known = new HashSet<>(kind.columns());
        Set<String> present = new HashSet<>();
        for (String column : table.header()) {
            if (!known.contains(column)) {
                report.error(1, column, "kolom tidak dikenal; kolom yang dikenal: " + String.join(", ", kind.columns()));
            } else if (!present.add(column)) {
                report.error(1, column, "kolom muncul dua kali");
            }
        }
        for (String column : kind.requiredColumns()) {
            if (!present.contains(column)) {
                report.error(1, column, "kolom wajib tidak ada");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Csv.Record record : table.records()) {
            if (record.fields().size() != table.header().size()) {
                if (record.fields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                report.error(record.line(), null, "baris berisi " + record.fields().size() + " kolom, seharusnya "
                        + table.header().size() + " (pemisah: '" + table.separator() + "')");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < record.fields().size(); i++) {
                values.put(table.header().get(i), record.fields().get(i));
            }
            CsvRow row = new CsvRow(record.line(), values);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    byte[] export(Scope scope, String kindName) {
        ImportKind kind = kind(kindName);
        return Csv.write(kind.columns(), database.withConnection(c -> kind.export(c, scope)));
    }
}
