package org.bimtek.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import found: per-row errors (row, column, reason) and what it would create or
 * update. The same object answers a dry run and a refused real run.
 */
final class ImportReport {

    /** Changes listed in full up to this many; the counts are always complete. */
    static final int MAX_LISTED = 1000;

    record RowError(int row, String column, String reason) {
    }

    record Change(int row, String action, String key, List<String> columns) {
    }

    /** A row's change with the object before (null when created) and after, for the audit log once it is applied. */
    record Audited(String action, String key, Object before, Object after) {
    }

    private final String kind;
    private final boolean dryRun;
    private int rows;
    private int created;
    private int updated;
    private int unchanged;
    private boolean applied;
    private final List<RowError> errors = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    /** Every change, not only the listed ones; not part of the JSON answer. */
    private final List<Audited> audited = new ArrayList<>();

    ImportReport(String kind, boolean dryRun) {
        this.kind = kind;
        this.dryRun = dryRun;
    }

    void error(int row, String column, String reason) {
        errors.add(new RowError(row, column, reason));
    }

    /** Every field error of one row, each under its CSV column (fields map to columns through {@code columns}). */
    void errors(int row, FieldErrors fieldErrors, Map<String, String> columns) {
        fieldErrors.inOrder().forEach((field, reason) -> error(row, columns.getOrDefault(field, field), reason));
    }

    void created(int row, String key, Object after) {
        created++;
        list(new Change(row, "create", key, List.of()));
        audited.add(new Audited("create", key, null, after));
    }

    void updated(int row, String key, List<String> columns, Object before, Object after) {
        updated++;
        list(new Change(row, "update", key, columns));
        audited.add(new Audited("update", key, before, after));
    }

    /** Every change with before and after, for the audit log. */
    List<Audited> audited() {
        return audited;
    }

    void unchanged() {
        unchanged++;
    }

    void rows(int count) {
        rows = count;
    }

    void applied() {
        applied = true;
    }

    private void list(Change change) {
        if (changes.size() < MAX_LISTED) {
            changes.add(change);
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    // Getters named as the JSON fields: Jackson serialises this report as it stands.
    public String getKind() {
        return kind;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public boolean isApplied() {
        return applied;
    }

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public List<Change> getChanges() {
        return changes;
    }

    /** A one-line summary for the audit log and the shell. */
    String summary() {
        return kind + ": " + rows + " baris, " + created + " baru, " + updated + " diubah, " + unchanged + " tetap, "
                + errors.size() + " kesalahan" + (applied ? "" : dryRun ? " (uji coba)" : " (tidak disimpan)");
    }
}
