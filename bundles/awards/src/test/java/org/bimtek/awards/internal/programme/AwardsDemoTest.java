package org.bimtek.awards.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.storage.Database;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.Test;

/** Demo mode seeds the programme on an empty table only, so a restart or a reinstall adds nothing. */
class AwardsDemoTest {

    @Test
    void theDemoProgrammeIsCreatedOnceOpenForNominations() throws Exception {
        Database database = MemoryDatabase.create("org.bimtek.awards", AwardsDemoTest.class);
        Programmes programmes = new Programmes(database, new AuditLog() {
            @Override
            public AuditEntry record(String actor, String action, String target, String detail) {
                return null;
            }

            @Override
            public List<AuditEntry> recent(String action, int limit) {
                return List.of();
            }
        }, java.time.Clock.systemUTC());
        String before = System.getProperty("bimtek.demo");
        System.setProperty("bimtek.demo", "true");
        try {
            new AwardsDemo(programmes);
            new AwardsDemo(programmes);
        } finally {
            if (before == null) {
                System.clearProperty("bimtek.demo");
            } else {
                System.setProperty("bimtek.demo", before);
            }
        }
        List<Programme> all = programmes.all();
        assertEquals(1, all.size());
        Programme demo = all.get(0);
        assertEquals("Pengelola Medsos Terbaik 2026", demo.title());
        assertEquals("2026", demo.period());
        assertEquals(Phase.NOMINATION, demo.phase());
        assertEquals(3, demo.winners());
        assertEquals(List.of(20.0, 15.0, 15.0, 10.0, 40.0), demo.criteria().stream().map(c -> c.weight()).toList());
        assertEquals("Konsistensi unggahan akun", demo.juryCriteria().get(0).title());
    }
}
