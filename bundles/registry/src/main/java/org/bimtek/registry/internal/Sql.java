package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bimtek.api.storage.JdbcTime;

/** The few JDBC chores every store repeats: binding, one-row and many-row reads, generated keys. */
final class Sql {

    private Sql() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A typed null, so that the driver never has to guess a column's type from nothing. */
    record Null(int sqlType) {
    }

    static final Null NULL_TEXT = new Null(Types.VARCHAR);
    static final Null NULL_LONG = new Null(Types.BIGINT);
    static final Null NULL_DATE = new Null(Types.DATE);
    static final Null NULL_TIME = new Null(Types.TIMESTAMP);

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value instanceof Null typed) {
                statement.setNull(index, typed.sqlType());
            } else if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value instanceof Instant instant) {
                JdbcTime.set(statement, index, instant);
            } else if (value instanceof LocalDate day) {
                statement.setDate(index, java.sql.Date.valueOf(day));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    static Object text(String value) {
        return value == null ? NULL_TEXT : value;
    }

    static Object id(Long value) {
        return value == null ? NULL_LONG : value;
    }

    static Object day(LocalDate value) {
        return value == null ? NULL_DATE : value;
    }

    static Object time(Instant value) {
        return value == null ? NULL_TIME : value;
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> found = list(c, sql, row, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0)); // a NULL column reads as empty
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), parameters).orElse(0L);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * {@code column IN (1, 2, 3)} for ids that came from the database (longs, so nothing
     * to escape); an empty set matches nothing.
     */
    static String in(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        return column + " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** A LIKE pattern that finds {@code text} anywhere, with LIKE's own wildcards escaped (ESCAPE '\'). */
    static String contains(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
