package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bimtek.api.storage.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV import on real Derby: dry-run reports, all-or-nothing, idempotence, and 10,000 people. */
class ImporterTest {

    private TestRegistry registry;

    @BeforeEach
    void setUp() throws Exception {
        registry = new TestRegistry();
        registry.smallTree();
    }

    private ImportReport run(String kind, String csv, boolean dryRun) {
        return registry.importer.run(registry.admin, kind, csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private long countWhere(String sql) {
        return registry.database.withConnection(c -> Sql.count(c, sql));
    }

    private long count(String table) {
        return registry.database.withConnection(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table));
    }

    private static final String GOOD_AND_BAD = """
            nip;nama;jabatan;telepon;email;kode_unit
            19850312 201001 1 003;Rina Wulandari;Pranata Humas;0812-5500-1234;rina@samarindakota.go.id;KEL-AIRPUTIH
            198503122010011000;Bambang;Staf;;;KEL-AIRPUTIH
            ;Tanpa Kunci;Staf;;;KEL-SIDODADI
            ;Dewi Lestari;Staf;;dewi@example.id;TIDAK-ADA
            199001012015032001;Agus Salim;Staf;;agus@example.id;KEC-ULU
            199001012015032001;Agus Kembar;Staf;;agus2@example.id;KEC-ULU
            """;

    @Test
    void aDryRunReportsEveryBadRowWithItsColumnAndWritesNothing() {
        ImportReport report = run("people", GOOD_AND_BAD, true);
        assertEquals(6, report.getRows());
        assertEquals(List.of(
                new ImportReport.RowError(3, "nip", "3 angka terakhir NIP (nomor urut) tidak boleh 000"),
                new ImportReport.RowError(4, "nip", "NIP atau e-mail wajib diisi (salah satu menjadi kunci data)"),
                new ImportReport.RowError(5, "kode_unit", "unit tidak ditemukan: TIDAK-ADA"),
                new ImportReport.RowError(7, "nip", "sama dengan baris 6")), report.getErrors());
        assertEquals(2, report.getCreated(), "what the good rows would create");
        assertEquals(2, report.getChanges().size());
        assertEquals("198503122010011003", report.getChanges().get(0).key());
        assertFalse(report.isApplied());
        assertEquals(0, count("registry_person"));
    }

    @Test
    void aRealRunWithOneBadRowRefusesTheWholeFile() {
        ImportReport report = run("people", GOOD_AND_BAD, false);
        assertTrue(report.hasErrors());
        assertFalse(report.isApplied());
        assertEquals(0, count("registry_person"));
        assertEquals(0, count("registry_membership"));
    }

    @Test
    void aFailureWhileWritingRollsBackTheRowsAlreadyWritten() {
        // A constraint only the database knows: the second row passes every check of the
        // plan, then fails inside the batch, after the first row was written.
        registry.database.withConnection(c -> Sql.update(c,
                "ALTER TABLE registry_person ADD CONSTRAINT test_refuse CHECK (full_name <> 'Gagal Tulis')"));
        String file = "nip,nama,email,kode_unit\n198503122010011003,Rina,rina@example.id,KEL-AIRPUTIH\n"
                + "199001012015032001,Gagal Tulis,agus@example.id,KEC-ULU\n";
        assertThrows(StorageException.class, () -> run("people", file, false));
        assertEquals(0, count("registry_person"));
        assertEquals(0, count("registry_membership"));
    }

    @Test
    void everyImportedChangeIsAuditedWithItsBeforeAndAfter() {
        String file = """
                nip,nama,jabatan,telepon,email,kode_unit
                19850312 201001 1 003,Rina Wulandari,Pranata Humas,0812-5500-1234,rina@samarindakota.go.id,KEL-AIRPUTIH
                """;
        run("people", file, false);
        run("people", file.replace("Pranata Humas", "Kepala Seksi"), false);
        List<org.bimtek.api.audit.AuditEntry> created = registry.audit.recent("registry.import.people.create", 10);
        List<org.bimtek.api.audit.AuditEntry> updated = registry.audit.recent("registry.import.people.update", 10);
        assertEquals(1, created.size());
        assertEquals("people:198503122010011003", created.get(0).target());
        assertTrue(created.get(0).detail().contains("\"before\":null"), created.get(0).detail());
        assertEquals(1, updated.size());
        assertTrue(updated.get(0).detail().matches(".*\"before\":\\{.*Pranata Humas.*\"after\":\\{.*Kepala Seksi.*"), updated.get(0).detail());
        assertEquals(2, registry.audit.recent("registry.import.people", 10).size(), "and one entry per file");
    }

    @Test
    void theGoodFileImportsAndImportingItAgainChangesNothing() {
        String good = """
                nip,nama,jabatan,telepon,email,kode_unit
                19850312 201001 1 003,Rina Wulandari,Pranata Humas,0812-5500-1234,rina@samarindakota.go.id,KEL-AIRPUTIH
                ,Dewi Lestari,Staf,,dewi@example.id,KEC-ULU
                """;
        ImportReport first = run("people", good, false);
        assertTrue(first.isApplied());
        assertEquals(2, first.getCreated());
        assertEquals(2, count("registry_membership"));
        int auditEntries = registry.audit.entries.size();

        ImportReport second = run("people", good, false);
        assertTrue(second.getErrors().isEmpty());
        assertEquals(0, second.getCreated());
        assertEquals(0, second.getUpdated());
        assertEquals(2, second.getUnchanged());
        assertEquals(2, count("registry_person"));
        assertEquals(2, count("registry_membership"));
        assertEquals(auditEntries, registry.audit.entries.size(), "no change, no audit entry");

        ImportReport changed = run("people", good.replace("Pranata Humas", "Kepala Seksi"), true);
        assertEquals(1, changed.getUpdated());
        assertEquals(List.of("jabatan"), changed.getChanges().get(0).columns());
    }

    @Test
    void everyKindExportsTheColumnsItImportsAndTheExportReimportsUnchanged() {
        registry.load("people", "nip,nama,email,kode_unit,telepon\n198503122010011003,Rina,rina@example.id,KEL-AIRPUTIH,+62 812 5500\n"
                + ",Dewi,dewi@example.id,KEC-ULU,\n");
        registry.load("accounts", "platform;handle;url;kode_unit\nINSTAGRAM;@Kel.AirPutih;;KEL-AIRPUTIH\nx;keculu;https://twitter.com/keculu;KEC-ULU\n");
        LocalDate today = Dates.today();
        registry.load("decrees", "nomor,tanggal,penandatangan,jabatan_penandatangan,kode_unit,berlaku_mulai,berlaku_sampai,admin,akun\n"
                + "800/1/2024,01/02/2024,Andi,Lurah Air Putih,KEL-AIRPUTIH," + today.minusMonths(1) + "," + today.plusDays(10)
                + ",19850312 201001 1 003,instagram:kel.airputih\n");
        for (String kind : registry.importer.kinds()) {
            byte[] exported = registry.importer.export(registry.admin, kind);
            String text = new String(exported, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF" + String.join(",", registry.importer.kind(kind).columns()) + "\r\n"), text);
            ImportReport again = registry.importer.run(registry.admin, kind, exported, false);
            assertTrue(again.getErrors().isEmpty(), kind + ": " + again.getErrors());
            assertEquals(0, again.getCreated() + again.getUpdated(), kind + " re-import changed something: " + again.getChanges());
        }
        assertEquals(1, countWhere("SELECT COUNT(*) FROM registry_handover WHERE event_type = 'APPOINTED'"), "the SK put Rina in charge");
    }

    @Test
    void unitsMayNameAParentFurtherDownTheFileButNoCycle() {
        ImportReport ok = run("units", "kode,nama,jenis,kode_induk\nKEL-BARU,Kelurahan Baru,KELURAHAN,KEC-BARU\n"
                + "KEC-BARU,Kecamatan Baru,KECAMATAN,SMD\n", false);
        assertTrue(ok.isApplied(), ok.getErrors().toString());
        assertEquals(registry.unitId("KEC-BARU"), registry.units.tree().byCode("KEL-BARU").orElseThrow().parentId());

        ImportReport cycle = run("units", "kode,nama,jenis,kode_induk\nKEC-ULU,Kecamatan Samarinda Ulu,KECAMATAN,KEL-AIRPUTIH\n", true);
        assertEquals("kode_induk", cycle.getErrors().get(0).column());
        ImportReport wrongKind = run("units", "kode,nama,jenis,kode_induk\nKEL-X,Kelurahan X,KELURAHAN,DISKOMINFO\n", true);
        assertTrue(wrongKind.getErrors().get(0).reason().contains("tidak dapat berada di bawah"));
        ImportReport header = run("units", "kode,nama,warna\nA,B,C\n", true);
        assertEquals(List.of(new ImportReport.RowError(1, "warna", "kolom tidak dikenal; kolom yang dikenal: kode, nama, jenis, kode_induk, aktif"),
                new ImportReport.RowError(1, "jenis", "kolom wajib tidak ada")), header.getErrors());
    }

    @Test
    void aChangedUnitOnImportIsATransferWithHistory() {
        registry.load("people", "nip,nama,kode_unit\n198503122010011003,Rina,KEL-AIRPUTIH\n");
        ImportReport moved = run("people", "nip,nama,kode_unit\n198503122010011003,Rina,KEL-SIDODADI\n", false);
        assertEquals(List.of("kode_unit"), moved.getChanges().get(0).columns());
        assertEquals(2, count("registry_membership"));
        assertEquals(1, countWhere("SELECT COUNT(*) FROM registry_membership WHERE ended_at IS NULL"));
    }

    @Test
    void tenThousandPeopleImport() {
        StringBuilder csv = new StringBuilder("\uFEFFnip;nama;jabatan;telepon;email;kode_unit\n");
        String[] units = {"KEL-AIRPUTIH", "KEL-SIDODADI", "KEL-RAWAMAKMUR", "KEC-ULU", "KEC-PALARAN", "DISKOMINFO"};
        for (int i = 1; i <= 10_000; i++) {
            // Born 1960-01-01 + i days, appointed 2010-01, a unique 3-digit sequence within each birth date.
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i);
            String nip = born.toString().replace("-", "") + "201001" + (i % 2 + 1) + "001";
            csv.append(nip).append(";Admin ").append(i).append(";Pranata Humas;0812").append(String.format("%07d", i))
                    .append(";admin").append(i).append("@samarindakota.go.id;").append(units[i % units.length]).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        ImportReport report = registry.importer.run(registry.admin, "people", file, false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Imported 10,000 people (" + file.length / 1024 + " KB) in " + millis + " ms");
        assertTrue(report.isApplied(), report.getErrors().stream().limit(5).toList().toString());
        assertEquals(10_000, report.getCreated());
        assertEquals(10_000, count("registry_person"));
        assertEquals(10_000, count("registry_membership"));

        started = System.nanoTime();
        ImportReport again = registry.importer.run(registry.admin, "people", file, false);
        System.out.println("Re-imported the same 10,000 (no change) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertEquals(10_000, again.getUnchanged());
    }
}
