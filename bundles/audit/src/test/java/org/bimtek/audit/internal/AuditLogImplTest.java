package org.bimtek.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log on real (in-memory) Derby, with the bundle's own migration script applied by the real runner. */
class AuditLogImplTest {

    private AuditLog audit;

    @BeforeEach
    void database() throws Exception {
        audit = new AuditLogImpl(MemoryDatabase.create("org.bimtek.audit", AuditLogImplTest.class), null);
    }

    @Test
    void entriesComeBackNewestFirstAndFilteredByAction() {
        audit.record("peserta", "auth.login", "user:3", "from 127.0.0.1");
        audit.record("peserta", "auth.logout", "user:3", null);
        AuditEntry last = audit.record("admin", "auth.login", "user:1", "from 10.0.0.1");

        List<AuditEntry> logins = audit.recent("auth.login", 10);
        assertEquals(2, logins.size());
        assertEquals(last, logins.get(0));
        assertEquals(3, audit.recent(null, 10).size());
        assertEquals(1, audit.recent(null, 1).size());
    }

    @Test
    void longFieldsAreClippedAndABlankActorIsTheSystem() {
        AuditEntry entry = audit.record(" ", "x".repeat(150), null, "d".repeat(5000));
        assertEquals(AuditLog.SYSTEM, entry.actor());
        assertEquals(100, entry.action().length());
        assertEquals(4000, entry.detail().length());
        assertNull(entry.target());
        assertEquals(entry, audit.recent(null, 1).get(0));
    }
}
