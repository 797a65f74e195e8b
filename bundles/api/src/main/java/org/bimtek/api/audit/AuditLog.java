package org.bimtek.api.audit;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log. Actions are dotted lowercase names owned by the feature
 * that writes them ({@code auth.login}, {@code auth.login_failed}, {@code module.install}).
 */
@ProviderType
public interface AuditLog {

    /** The actor recorded for what the system does by itself. */
    String SYSTEM = "system";

    /**
     * Appends an entry and returns it once it is stored.
     *
     * @param detail free text or JSON (before/after); at most 4000 characters are kept
     */
    AuditEntry record(String actor, String action, String target, String detail);

    /** The newest entries first; {@code action} null for every action. */
    List<AuditEntry> recent(String action, int limit);
}
