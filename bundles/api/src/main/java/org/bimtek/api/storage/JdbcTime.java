package org.bimtek.api.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in and out of TIMESTAMP columns, always as UTC. Without the calendar the
 * driver would use the JVM's zone, and a server moved to another zone (WITA to UTC,
 * say) would shift every stored time.
 */
public final class JdbcTime {

    private JdbcTime() {
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    public static Instant get(ResultSet resultSet, String column) throws SQLException {
        Timestamp timestamp = resultSet.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }
}
