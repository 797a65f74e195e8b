package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bimtek.api.identity.Role;
import org.bimtek.api.registry.UnitKind;
import org.junit.jupiter.api.Test;

/** The demo data loads without a single row error, and the ten kecamatan are there. */
class RegistryDemoTest {

    @Test
    void theDemoDataLoadsCompletely() throws Exception {
        TestRegistry registry = new TestRegistry();
        registry.users.add("peserta", Role.TRAINEE);
        RegistryDemo.seed(registry.importer, registry.admin);
        assertEquals(10, registry.units.tree().ordered().stream().filter(u -> u.kind() == UnitKind.KECAMATAN).count());
        assertEquals(9, registry.people.list(registry.admin, null, null, null, new Paging(1, 50)).total());
        assertEquals(5, registry.decrees.list(registry.admin, new DecreeStore.Filter(null, null, null, null, null), new Paging(1, 50)).total());
        assertEquals(2, registry.decrees.list(registry.admin, new DecreeStore.Filter(null, null, null, DecreeService.EXPIRING_DAYS, null),
                new Paging(1, 50)).total());
        assertTrue(registry.people.list(registry.admin, "Siti", null, null, new Paging(1, 5)).items().get(0).userId() != null);
    }
}
