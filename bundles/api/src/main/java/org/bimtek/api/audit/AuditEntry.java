package org.bimtek.api.audit;

import java.time.Instant;

/** One line of the audit log: who did what to what, when, and the particulars. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {
}
