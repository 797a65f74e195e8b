package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import javax.inject.Inject;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Registry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The admin registry in the real assembly: REST create/list/get/update, transfers that keep
 * history, CSV import (dry run, refused real run, real run, idempotent re-run), a
 * supervisor confined to their subtree, and the SK upload that checks content.
 * Each test makes its own units (codes prefixed by the test), beside the demo data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryIT extends BimtekContainer {

    // Injected services also make Pax Exam wait until the registry has come up.
    @Inject
    private Registry registry;

    @Inject
    private UserService users;

    @Inject
    private AuditLog audit;

    private Http admin() throws Exception {
        Http http = new Http(port());
        Poll.until("HTTP health to answer 200", Duration.ofSeconds(60), () -> http.get("/api/health").status() == 200);
        assertEquals(200, http.login("admin", "bimtek-admin").status());
        // The registry's service being up does not mean Pax Web has registered every one of its servlets yet.
        for (String path : new String[] {"/api/units", "/api/people", "/api/decrees", "/api/accounts", "/api/supervisors",
            "/api/export/units.csv", "/api/reports/coverage", "/registri"}) {
            Poll.until(path + " registered", Duration.ofSeconds(30), () -> http.get(path).status() != 404);
        }
        return http;
    }

    private static Http.Response importCsv(Http http, String kind, String csv, boolean dryRun) throws Exception {
        return http.postBytes("/api/import/" + kind + "?dryRun=" + dryRun, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static void units(Http http, String csv) throws Exception {
        Http.Response response = importCsv(http, "units", csv, false);
        assertEquals(response.body(), 200, response.status());
        assertTrue(response.body(), response.json().get("applied").asBoolean());
    }

    private static long personId(Http http, String query) throws Exception {
        Http.Response found = http.get("/api/people?q=" + query);
        assertEquals(found.body(), 200, found.status());
        JsonNode page = found.json();
        assertEquals(page.toString(), 1, page.get("total").asInt());
        return page.get("items").get(0).get("id").asLong();
    }

    @Test
    public void peopleAreCreatedListedReadAndUpdatedButNeverDeleted() throws Exception {
        Http http = admin();
        units(http, "kode,nama,jenis,kode_induk\nCRUD-KEC,Kecamatan Uji CRUD,KECAMATAN,SMD\n");
        Http.Response created = http.postJson("/api/people", "{\"fullName\":\"Budi Uji\",\"nip\":\"19850312 201001 1 103\","
                + "\"email\":\"budi.uji@example.id\",\"unitCode\":\"CRUD-KEC\",\"position\":\"Staf\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals("198503122010011103", created.json().get("nip").asText());

        JsonNode detail = http.get("/api/people/" + id).json();
        assertEquals("CRUD-KEC", detail.get("unitCode").asText());
        assertEquals(1, detail.get("memberships").size());
        assertEquals(id, personId(http, "budi.uji"));

        Http.Response updated = http.putJson("/api/people/" + id, "{\"position\":\"Pranata Humas\"}");
        assertEquals(200, updated.status());
        assertEquals("Pranata Humas", updated.json().get("position").asText());
        assertEquals("fields left out keep their value", "Budi Uji", updated.json().get("fullName").asText());
        assertTrue(audit.recent("registry.person.update", 5).stream().anyMatch(e -> e.detail().contains("Pranata Humas")
                && e.detail().contains("\"before\"")));

        Http.Response badNip = http.putJson("/api/people/" + id, "{\"nip\":\"198513122010011003\",\"email\":\"bukan-email\"}");
        assertEquals(400, badNip.status());
        assertEquals("validation_failed", badNip.json().get("error").get("code").asText());
        assertTrue(badNip.json().get("error").get("details").has("nip"));
        assertTrue(badNip.json().get("error").get("details").has("email"));

        assertEquals(405, http.delete("/api/people/" + id).status());
        assertEquals(200, http.putJson("/api/people/" + id, "{\"active\":false}").status());
        assertFalse(http.get("/api/people/" + id).json().get("active").asBoolean());
        assertEquals(404, http.get("/api/people/999999999").status());
        assertEquals(404, http.get("/api/people/abc").status());
        assertEquals(401, new Http(port()).get("/api/people").status());
        Http trainee = new Http(port());
        trainee.login("peserta", "bimtek-peserta");
        assertEquals(403, trainee.get("/api/people").status());
    }

    @Test
    public void aTransferKeepsTheHistoryAndReleasesTheAccounts() throws Exception {
        Http http = admin();
        units(http, "kode,nama,jenis,kode_induk\nMOVE-KEC,Kecamatan Uji Mutasi,KECAMATAN,SMD\n"
                + "MOVE-KEL1,Kelurahan Asal,KELURAHAN,MOVE-KEC\nMOVE-KEL2,Kelurahan Tujuan,KELURAHAN,MOVE-KEC\n");
        assertEquals(200, importCsv(http, "people", "email,nama,kode_unit\nmutasi@example.id,Ani Mutasi,MOVE-KEL1\n", false).status());
        assertEquals(200, importCsv(http, "accounts", "platform,handle,kode_unit\ninstagram,kel.asal.uji,MOVE-KEL1\n", false).status());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString();
        assertEquals(200, importCsv(http, "decrees", "nomor,tanggal,penandatangan,jabatan_penandatangan,kode_unit,berlaku_mulai,admin,akun\n"
                + "800/IT/MUTASI," + today + ",Lurah,Lurah Asal,MOVE-KEL1," + today + ",mutasi@example.id,instagram:kel.asal.uji\n", false).status());
        long id = personId(http, "mutasi%40example.id");

        Http.Response moved = http.postJson("/api/people/" + id + "/transfer", "{\"unitCode\":\"MOVE-KEL2\",\"note\":\"rotasi\"}");
        assertEquals(moved.body(), 200, moved.status());
        assertEquals(1, moved.json().get("releasedAccounts").size());
        JsonNode detail = http.get("/api/people/" + id).json();
        assertEquals("MOVE-KEL2", detail.get("unitCode").asText());
        JsonNode history = detail.get("memberships");
        assertEquals(2, history.size());
        assertEquals("MOVE-KEL2", history.get(0).get("unitCode").asText());
        assertTrue(history.get(0).get("to").isNull());
        assertEquals("MOVE-KEL1", history.get(1).get("unitCode").asText());
        assertFalse(history.get(1).get("to").isNull());
        assertEquals(1, detail.get("decrees").size());
        assertEquals(2, detail.get("handovers").size());
        assertEquals("MOVE-KEL2", registry.person(id).map(p -> registry.unit(p.unitId()).orElseThrow().code()).orElseThrow());
        assertEquals(400, http.postJson("/api/people/" + id + "/transfer", "{\"unitCode\":\"MOVE-KEL2\"}").status());
    }

    @Test
    public void importDryRunThenRefusedRunThenRealRunThenNothingChanges() throws Exception {
        Http http = admin();
        units(http, "kode;nama;jenis;kode_induk\nIMP-KEC;Kecamatan Uji Impor;KECAMATAN;SMD\n");
        String bad = "\uFEFFnip;nama;email;kode_unit\n198503122010011203;Impor Satu;impor1@example.id;IMP-KEC\n"
                + "198503122010011000;Impor Dua;;IMP-KEC\n;Impor Tiga;impor3@example.id;TIDAK-ADA\n";
        Http.Response dry = importCsv(http, "people", bad, true);
        assertEquals(200, dry.status());
        JsonNode errors = dry.json().get("errors");
        assertEquals(2, errors.size());
        assertEquals(3, errors.get(0).get("row").asInt());
        assertEquals("nip", errors.get(0).get("column").asText());
        assertEquals(4, errors.get(1).get("row").asInt());
        assertEquals("kode_unit", errors.get(1).get("column").asText());
        assertEquals(1, dry.json().get("created").asInt());

        Http.Response refused = importCsv(http, "people", bad, false);
        assertEquals(400, refused.status());
        assertEquals("import_invalid", refused.json().get("error").get("code").asText());
        assertEquals("the good row was not saved either", 0, http.get("/api/people?q=impor1").json().get("total").asInt());

        String good = "nip;nama;email;kode_unit\n198503122010011203;Impor Satu;impor1@example.id;IMP-KEC\n"
                + ";Impor Tiga;impor3@example.id;IMP-KEC\n";
        Http.Response real = importCsv(http, "people", good, false);
        assertEquals(200, real.status());
        assertTrue(real.json().get("applied").asBoolean());
        assertEquals(2, real.json().get("created").asInt());

        Http.Response again = importCsv(http, "people", good, false);
        assertEquals(200, again.status());
        assertEquals(0, again.json().get("created").asInt());
        assertEquals(0, again.json().get("updated").asInt());
        assertEquals(2, again.json().get("unchanged").asInt());

        Http.Response export = http.get("/api/export/people.csv");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(export.body().contains("impor3@example.id"));
        assertEquals(404, http.get("/api/export/rahasia.csv").status());
        assertEquals(404, importCsv(http, "rahasia", good, true).status());
    }

    @Test
    public void aSupervisorSeesAndChangesOnlyTheirSubtree() throws Exception {
        Http http = admin();
        units(http, "kode,nama,jenis,kode_induk\nSUP-KEC,Kecamatan Uji Pengawas,KECAMATAN,SMD\nSUP-KEL,Kelurahan Dalam,KELURAHAN,SUP-KEC\n"
                + "OUT-KEC,Kecamatan Lain,KECAMATAN,SMD\n");
        importCsv(http, "people", "email,nama,kode_unit\ndalam@example.id,Orang Dalam,SUP-KEL\nluar@example.id,Orang Luar,OUT-KEC\n", false);
        importCsv(http, "accounts", "platform,handle,kode_unit\ninstagram,kec.lain.uji,OUT-KEC\n", false);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString();
        importCsv(http, "decrees", "nomor,tanggal,penandatangan,jabatan_penandatangan,kode_unit,berlaku_mulai,admin\n"
                + "800/IT/LUAR," + today + ",Camat,Camat Lain,OUT-KEC," + today + ",luar@example.id\n", false);
        long inside = personId(http, "dalam%40example.id");
        long outside = personId(http, "luar%40example.id");
        long outsideUnit = http.get("/api/units?q=OUT-KEC").json().get("items").get(0).get("id").asLong();
        long outsideAccount = http.get("/api/accounts?q=kec.lain.uji").json().get("items").get(0).get("id").asLong();
        long outsideDecree = http.get("/api/decrees?q=800/IT/LUAR").json().get("items").get(0).get("id").asLong();

        User camat = users.create("camat.uji", "Camat Uji", Set.of(Role.SUPERVISOR), "kata-sandi-pengawas".toCharArray());
        Http supervisor = new Http(port());
        assertEquals(200, supervisor.login("camat.uji", "kata-sandi-pengawas").status());
        assertEquals("not yet attached", 403, supervisor.get("/api/people").status());
        assertEquals(200, http.putJson("/api/supervisors/" + camat.id(), "{\"unitCode\":\"SUP-KEC\"}").status());
        assertEquals(403, supervisor.putJson("/api/supervisors/" + camat.id(), "{\"unitCode\":\"SMD\"}").status());

        JsonNode mine = supervisor.get("/api/people").json();
        assertEquals(1, mine.get("total").asInt());
        assertEquals(inside, mine.get("items").get(0).get("id").asLong());
        assertEquals(200, supervisor.get("/api/people/" + inside).status());
        for (String path : new String[] {"/api/people/" + outside, "/api/units/" + outsideUnit, "/api/accounts/" + outsideAccount,
            "/api/decrees/" + outsideDecree, "/api/decrees/" + outsideDecree + "/document"}) {
            assertEquals(path, 404, supervisor.get(path).status());
        }
        assertEquals(404, supervisor.putJson("/api/people/" + outside, "{\"position\":\"x\"}").status());
        assertEquals(404, supervisor.putJson("/api/units/" + outsideUnit, "{\"name\":\"x\"}").status());
        assertEquals(404, supervisor.putJson("/api/accounts/" + outsideAccount, "{\"active\":false}").status());
        assertEquals(404, supervisor.putJson("/api/decrees/" + outsideDecree, "{\"status\":\"REVOKED\"}").status());
        assertEquals(404, supervisor.postJson("/api/people/" + outside + "/transfer", "{\"unitCode\":\"SUP-KEL\"}").status());
        Http.Response intoOutside = supervisor.postJson("/api/people/" + inside + "/transfer", "{\"unitCode\":\"OUT-KEC\"}");
        assertEquals(400, intoOutside.status());
        assertTrue(intoOutside.json().get("error").get("details").has("unit"));
        assertEquals(404, supervisor.get("/api/people?unit=" + outsideUnit).status());
        assertFalse(supervisor.get("/api/export/people.csv").body().contains("luar@example.id"));
        JsonNode coverage = supervisor.get("/api/reports/coverage").json().get("rows");
        assertEquals("SUP-KEC", coverage.get(0).get("code").asText());
        assertEquals(2, coverage.size());
        assertEquals(200, supervisor.get("/registri").status());
        assertFalse(supervisor.get("/registri").body().contains("Orang Luar"));
    }

    @Test
    public void theSkUploadAcceptsOnlyARealPdfAndServesItAsAnAttachment() throws Exception {
        Http http = admin();
        units(http, "kode,nama,jenis,kode_induk\nPDF-KEC,Kecamatan Uji PDF,KECAMATAN,SMD\n");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString();
        Http.Response created = http.postJson("/api/decrees", "{\"number\":\"800/IT/PDF\",\"date\":\"" + today
                + "\",\"signedByName\":\"Camat\",\"signedByTitle\":\"Camat Uji\",\"unitCode\":\"PDF-KEC\",\"validFrom\":\"" + today + "\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        Http.Response detail = http.get("/api/decrees/" + id);
        assertEquals(detail.body(), 200, detail.status());
        assertTrue(detail.json().get("supersededBy").isNull());
        assertEquals(200, http.get("/registri/sk/" + id).status());
        assertEquals(404, http.get("/api/decrees/" + id + "/document").status());

        byte[] renamedText = "Ini bukan PDF, hanya teks yang diberi nama sk.pdf".getBytes(StandardCharsets.UTF_8);
        Http.Response refused = http.put("/api/decrees/" + id + "/document", renamedText, "application/pdf");
        assertEquals(415, refused.status());
        assertEquals("not_a_pdf", refused.json().get("error").get("code").asText());
        assertEquals(415, http.put("/api/decrees/" + id + "/document", "%PDF-1.4 tanpa penutup".getBytes(StandardCharsets.US_ASCII),
                "application/pdf").status());

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Http.Response stored = http.put("/api/decrees/" + id + "/document", pdf, "application/pdf");
        assertEquals(stored.body(), 200, stored.status());
        Http.Response download = http.get("/api/decrees/" + id + "/document");
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.header("Content-Type").orElse(""));
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
        assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(download.body().startsWith("%PDF-1.4"));
        assertNull("no JSON for a file", download.json());
    }
}
