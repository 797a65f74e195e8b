package org.bimtek.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {

    static final int MAX_LIMIT = 500;

    private final Database database;

    @Activate
    public AuditLogImpl(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.audit)") Schema schema) {
        this.database = database;
    }

    @Override
    public AuditEntry record(String actor, String action, String target, String detail) {
        // Millisecond precision: what Derby and PostgreSQL both keep, so the entry reads back as written.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String who = clip(actor == null || actor.isBlank() ? SYSTEM : actor, 100);
        String what = clip(action, 100);
        String on = clip(target, 200);
        String details = clip(detail, 4000);
        long id = database.withConnection(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_entry (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                JdbcTime.set(insert, 1, at);
                insert.setString(2, who);
                insert.setString(3, what);
                insert.setString(4, on);
                insert.setString(5, details);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new AuditEntry(id, at, who, what, on, details);
    }

    @Override
    public List<AuditEntry> recent(String action, int limit) {
        int rows = Math.max(1, Math.min(limit, MAX_LIMIT));
        String sql = "SELECT id, occurred_at, actor, action, target, detail FROM audit_entry"
                + (action == null ? "" : " WHERE action = ?") + " ORDER BY id DESC";
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setMaxRows(rows);
                if (action != null) {
                    select.setString(1, action);
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong("id"), JdbcTime.get(rs, "occurred_at"), rs.getString("actor"),
                                rs.getString("action"), rs.getString("target"), rs.getString("detail")));
                    }
                }
                return entries;
            }
        });
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
