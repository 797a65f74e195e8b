package org.bimtek.events.internal.support;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;

/** An audit log that keeps its entries for the test to read. */
public final class RecordingAudit implements AuditLog {

    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry record(String actor, String action, String target, String detail) {
        AuditEntry e = new AuditEntry(entries.size() + 1, Instant.now(), actor, action, target, detail);
        entries.add(e);
        return e;
    }

    @Override
    public List<AuditEntry> recent(String action, int limit) {
        return entries.stream().filter(e -> action == null || e.action().equals(action)).limit(limit).toList();
    }

    public long count(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).count();
    }
}
