package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bimtek.api.course.Tier;
import org.bimtek.api.registry.CertificateTierSource;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.api.registry.Person;
import org.bimtek.registry.internal.Inputs.DecreeInput;
import org.bimtek.registry.internal.Inputs.PersonInput;
import org.bimtek.registry.internal.Inputs.TransferInput;
import org.bimtek.registry.internal.Inputs.UnitInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfers, supervisor scope, decrees and the coverage report on real Derby. */
class RegistryServicesTest {

    private TestRegistry registry;
    private Person rina;
    private Decree sk;

    @BeforeEach
    void setUp() throws Exception {
        registry = new TestRegistry();
        registry.smallTree();
        registry.load("people", "nip,nama,email,kode_unit\n198503122010011003,Rina,rina@example.id,KEL-AIRPUTIH\n"
                + ",Dewi,dewi@example.id,KEL-RAWAMAKMUR\n,Joko,joko@example.id,DISKOMINFO\n");
        registry.load("accounts", "platform,handle,kode_unit\ninstagram,kel.airputih,KEL-AIRPUTIH\ninstagram,kel.rawamakmur,KEL-RAWAMAKMUR\n");
        rina = registry.people.list(registry.admin, "Rina", null, null, new Paging(1, 10)).items().get(0);
        long account = registry.accounts.list(registry.admin, "kel.airputih", null, null, null, new Paging(1, 10)).items().get(0).id();
        LocalDate today = Dates.today();
        sk = registry.decrees.create(registry.admin, new DecreeInput("800/10/2024", today.minusMonths(2).toString(), "H. Andi",
                "Lurah Air Putih", null, "KEL-AIRPUTIH", today.minusMonths(2).toString(), today.plusDays(20).toString(), null,
                List.of(rina.id()), List.of(account), null));
    }

    @Test
    void aTransferKeepsTheHistoryAndHandsTheAccountsOver() {
        Map<String, Object> moved = registry.people.transfer(registry.admin, rina.id(), new TransferInput(null, "KEL-SIDODADI", "mutasi 2025"));
        assertEquals(1, ((List<?>) moved.get("releasedAccounts")).size());
        Map<String, Object> detail = registry.people.detail(registry.admin, rina.id());
        List<?> memberships = (List<?>) detail.get("memberships");
        assertEquals(2, memberships.size(), "the old membership is closed, not replaced");
        Map<?, ?> current = (Map<?, ?>) memberships.get(0);
        Map<?, ?> previous = (Map<?, ?>) memberships.get(1);
        assertEquals("KEL-SIDODADI", current.get("unitCode"));
        assertNull(current.get("to"));
        assertEquals("KEL-AIRPUTIH", previous.get("unitCode"));
        assertNotNull(previous.get("to"));
        assertEquals(false, detail.get("hasActiveDecree"), "the SK was for the old unit");
        assertEquals(1, ((List<?>) detail.get("decrees")).size(), "the SK stays in the person's history");
        assertEquals(2, ((List<?>) detail.get("handovers")).size(), "appointed by the SK, released by the transfer");
        assertEquals(registry.unitId("KEL-SIDODADI"), registry.people.get(registry.admin, rina.id()).unitId());

        ApiException same = assertThrows(ApiException.class,
                () -> registry.people.transfer(registry.admin, rina.id(), new TransferInput(null, "KEL-SIDODADI", null)));
        assertEquals(400, same.status());
        assertTrue(registry.audit.entries.stream().anyMatch(e -> e.action().equals("registry.person.transfer")
                && e.detail().contains("before")));
    }

    @Test
    void whatTheApiReturnsSerialisesToJson() throws Exception {
        String person = org.bimtek.api.http.Json.MAPPER.writeValueAsString(registry.people.detail(registry.admin, rina.id()));
        assertTrue(person.contains("\"memberships\":[{") && person.contains("\"event\":\"APPOINTED\""), person);
        ImportReport report = registry.importer.run(registry.admin, "people",
                "nip,nama,kode_unit\n1,X,NOPE\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        String json = org.bimtek.api.http.Json.MAPPER.writeValueAsString(report);
        assertTrue(json.contains("\"errors\":[{\"row\":2,\"column\":\"nip\"") && json.contains("\"dryRun\":true"), json);
        String coverage = org.bimtek.api.http.Json.MAPPER.writeValueAsString(
                new CoverageReport(registry.database, (CertificateTierSource) null).rows(registry.admin, Dates.today()));
        assertTrue(coverage.contains("\"certified\":{\"DASAR\":0"), coverage);
    }

    @Test
    void aSupervisorSeesAndChangesOnlyTheirSubtree() {
        User camat = registry.users.add("camat.ulu", Role.SUPERVISOR);
        assertThrows(ApiException.class, () -> registry.scopes.of(camat), "not attached yet");
        registry.scopes.assign("admin", camat.id(), registry.unitId("KEC-ULU"));
        Scope scope = registry.scopes.of(camat);

        assertEquals(1, registry.people.list(scope, null, null, null, new Paging(1, 50)).total(), "Rina only");
        Person dewi = registry.people.list(registry.admin, "Dewi", null, null, new Paging(1, 10)).items().get(0);
        ApiException hidden = assertThrows(ApiException.class, () -> registry.people.get(scope, dewi.id()));
        assertEquals(404, hidden.status());
        assertEquals(404, assertThrows(ApiException.class, () -> registry.people.update(scope, dewi.id(),
                new PersonInput("Dewi Baru", null, null, null, null, null, null, null, null))).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> registry.units.get(scope, registry.unitId("DISKOMINFO"))).status());
        ApiException outside = assertThrows(ApiException.class, () -> registry.people.transfer(scope, rina.id(),
                new TransferInput(null, "KEL-RAWAMAKMUR", null)));
        assertEquals(400, outside.status(), "a unit outside the subtree reads as unknown");
        assertEquals(Map.of("unit", "unit tidak ditemukan: KEL-RAWAMAKMUR"), outside.details());
        registry.people.transfer(scope, rina.id(), new TransferInput(null, "KEL-SIDODADI", null));

        assertEquals(3, registry.units.list(scope, null, null, null, null, new Paging(1, 50)).total());
        registry.units.create(scope, new UnitInput("KEL-BARU", "Kelurahan Baru", "KELURAHAN", null, "KEC-ULU", null));
        assertThrows(ApiException.class, () -> registry.units.create(scope,
                new UnitInput("KEL-LAIN", "Kelurahan Lain", "KELURAHAN", null, "KEC-PALARAN", null)));
        ImportReport report = registry.importer.run(scope, "people",
                "email,nama,kode_unit\nbaru@example.id,Baru,DISKOMINFO\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        assertEquals("kode_unit", report.getErrors().get(0).column());
        String export = new String(registry.importer.export(scope, "people"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(export.contains("Rina") && !export.contains("Dewi") && !export.contains("Joko"), export);

        User trainee = registry.users.add("peserta", Role.TRAINEE);
        assertEquals(403, assertThrows(ApiException.class, () -> registry.scopes.of(trainee)).status());
    }

    @Test
    void decreesListExpiringOnesAndSupersedingHandsOver() {
        assertEquals(List.of(sk.id()), registry.decrees.list(registry.admin,
                new DecreeStore.Filter(null, null, null, DecreeService.EXPIRING_DAYS, null), new Paging(1, 10)).items()
                .stream().map(Decree::id).toList());
        LocalDate today = Dates.today();
        Decree next = registry.decrees.create(registry.admin, new DecreeInput("800/11/2025", today.toString(), "H. Andi",
                "Lurah Air Putih", null, "KEL-AIRPUTIH", today.toString(), null, null, List.of(rina.id()), List.of(), sk.id()));
        assertEquals(DecreeStatus.SUPERSEDED, registry.decrees.get(registry.admin, sk.id()).status());
        assertEquals(DecreeStatus.ACTIVE, next.status());
        assertEquals(0, registry.decrees.list(registry.admin,
                new DecreeStore.Filter(null, null, null, DecreeService.EXPIRING_DAYS, null), new Paging(1, 10)).total());
        ApiException bad = assertThrows(ApiException.class, () -> registry.decrees.create(registry.admin, new DecreeInput("800/11/2025",
                "kemarin", null, "Lurah", null, "KEL-AIRPUTIH", today.toString(), today.minusDays(1).toString(), "EXPIRED", null, null, null)));
        @SuppressWarnings("unchecked")
        Map<String, String> details = (Map<String, String>) bad.details();
        assertEquals(java.util.Set.of("date", "signedByName", "validTo", "number"), details.keySet());
    }

    @Test
    void coverageRollsUpTheTreeAndCountsTiersFromCertification() {
        CoverageReport report = new CoverageReport(registry.database, (people, day) -> {
            Map<Long, Tier> tiers = new java.util.HashMap<>();
            tiers.put(rina.id(), Tier.MENENGAH);
            return tiers;
        });
        Map<String, CoverageReport.Row> rows = new java.util.HashMap<>();
        report.rows(registry.admin, Dates.today()).forEach(r -> rows.put(r.code(), r));
        CoverageReport.Row city = rows.get("SMD");
        assertEquals(0, city.depth());
        assertEquals(3, city.admins());
        assertEquals(1, city.withActiveDecree());
        assertEquals(2, city.accounts());
        assertEquals(1, city.accountsWithoutAdmin(), "Rawa Makmur's account has no SK");
        assertEquals(1L, city.certified().get(Tier.DASAR), "a MENENGAH holder counts for DASAR too");
        assertEquals(1L, city.certified().get(Tier.MENENGAH));
        assertEquals(0L, city.certified().get(Tier.MAHIR));
        CoverageReport.Row ulu = rows.get("KEC-ULU");
        assertEquals(1, ulu.admins());
        assertEquals(1, ulu.withActiveDecree());
        assertEquals(1, rows.get("KEC-PALARAN").accountsWithoutAdmin());
        assertEquals(0, rows.get("DISKOMINFO").accounts());

        CoverageReport withoutCertification = new CoverageReport(registry.database, (CertificateTierSource) null);
        assertEquals(0L, withoutCertification.rows(registry.admin, Dates.today()).get(0).certified().get(Tier.DASAR));
    }
}
