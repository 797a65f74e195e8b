package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One kind of record that can be imported and exported as CSV. An import first plans
 * (validates every row and works out creates and updates against what is stored, with
 * the natural keys loaded in one query), then, only when no row has an error and it is
 * not a dry run, applies the plan in the same transaction.
 */
interface ImportKind {

    /** The path segment and shell name: units, people, decrees, accounts. */
    String name();

    /** The CSV columns, in export order; import accepts them in any order. */
    List<String> columns();

    /** Columns an import file must have. */
    List<String> requiredColumns();

    /** Validates the rows and records errors and changes in {@code report}; returns what {@link #apply} needs. */
    Object plan(Connection c, Scope scope, List<CsvRow> rows, ImportReport report) throws SQLException;

    void apply(Connection c, Scope scope, Object plan, Instant now) throws SQLException;

    /** Every record in scope as CSV rows, in {@link #columns()} order. */
    List<List<String>> export(Connection c, Scope scope) throws SQLException;
}
