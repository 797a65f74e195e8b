package org.bimtek.certification.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String LONG_UNIT = ("Bidang Pengelolaan Informasi dan Komunikasi Publik pada Dinas Komunikasi "
        + "dan Informatika Kota Samarinda, Provinsi Kalimantan Timur, Indonesia ").substring(0, 140);

    private final CertificatePdf renderer = new CertificatePdf();

    @Test
    void qrCodeLeadsToTheVerificationPage() {
        byte[] pdf = renderer.render(SampleCertificates.dasar());

        assertEquals(SampleCertificates.VERIFY_URL, PdfQrReader.readQr(pdf));
    }

    @Test
    void qrCodeUsesErrorCorrectionLevelM() {
        Result result = PdfQrReader.readQrResult(renderer.render(SampleCertificates.dasar()));

        assertEquals("M", String.valueOf(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)));
    }

    @Test
    void isExactlyOneA4LandscapePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SampleCertificates.dasar()))) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(841.89f, box.getWidth(), 0.5f);
            assertEquals(595.28f, box.getHeight(), 0.5f);
        }
    }

    @Test
    void showsWhatTheCertificateSays() {
        String text = PdfInspection.text(renderer.render(SampleCertificates.dasar()));

        assertAll(
            () -> assertTrue(text.contains("PEMERINTAH KOTA SAMARINDA"), text),
            () -> assertTrue(text.contains("SERTIFIKAT KEAHLIAN"), text),
            () -> assertTrue(text.contains("Pengelola Media Sosial Instansi Pemerintah"), text),
            () -> assertTrue(text.contains("Tingkat DASAR"), text),
            () -> assertTrue(text.contains("Diberikan kepada"), text),
            () -> assertTrue(text.contains("Rahmawati Putri Handayani, S.Kom."), text),
            () -> assertTrue(text.contains("NIP " + SampleCertificates.NIP), text),
            () -> assertTrue(text.contains("Kecamatan Samarinda Ulu"), text),
            () -> assertTrue(text.contains("telah memenuhi seluruh persyaratan sertifikasi tingkat Dasar pada program "
                + "Bimbingan Teknis Pengelolaan Media Sosial."), text),
            () -> assertTrue(text.contains("Tata Kelola Media Sosial Pemerintah (Dasar): selesai; kuis 85"), text),
            () -> assertTrue(text.contains("Pindai untuk memeriksa keaslian"), text),
            () -> assertTrue(text.contains("K7Q2M9XH4TPA3WZ8"), text),
            () -> assertTrue(text.contains("Nomor: BMT-2026-D-000042"), text),
            () -> assertTrue(text.contains("Diterbitkan: 26 November 2026"), text),
            () -> assertTrue(text.contains("Berlaku sampai: 26 November 2029"), text),
            () -> assertTrue(text.contains("Samarinda, 26 November 2026"), text),
            () -> assertTrue(text.contains("Kepala Dinas Komunikasi dan Informatika"), text),
            () -> assertTrue(text.contains("Dr. H. Andi Harun"), text));
    }

    @Test
    void unencodableNameAndVeryLongUnitStillRender() {
        assertEquals(140, LONG_UNIT.length());
        PdfCertificate certificate =
            SampleCertificates.withHolder(SampleCertificates.dasar(), "Siti Nurhaliza \u1E60 \u738B \uD83D\uDE00", LONG_UNIT);

        byte[] pdf = renderer.render(certificate);

        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("Siti Nurhaliza S ? ?"), text);
        assertTrue(text.contains("Bidang Pengelolaan Informasi"), text);
        assertEquals(SampleCertificates.VERIFY_URL, PdfQrReader.readQr(pdf));
    }

    @Test
    void longContentStaysInsideTheFrameWithoutOverlaps() {
        String longName = "Prof. Dr. Ir. Hj. Raden Ajeng Kartika Sekar Arum Wulandari Puspitasari "
            + "Ningrum Setyaningsih Hadiningrat, S.Sos., M.Si., M.I.Kom., Ph.D.";
        String longLine = "Tata Kelola Media Sosial Pemerintah Tingkat Lanjutan dengan Studi Kasus Krisis Komunikasi "
            + "Publik di Daerah (Mahir): selesai; kuis 100; tugas akhir dinilai sangat baik oleh tiga penilai "
            + "dari Dinas Komunikasi dan Informatika serta Bagian Protokol dan Komunikasi Pimpinan";
        List<String> evidence = new ArrayList<>();
        for (int i = 1; i <= 12; i++) { // more than the 8 promised: the layout must still hold
            evidence.add(i + ". " + longLine);
        }
        PdfCertificate certificate = SampleCertificates.withEvidence(
            SampleCertificates.withHolder(SampleCertificates.dasar(), longName, LONG_UNIT), evidence);

        List<PdfInspection.WordBox> words = PdfInspection.wordBoxes(renderer.render(certificate));

        float frame = CertificatePage.INNER_FRAME_INSET;
        float qrLeft = CertificatePage.QR_LEFT;
        float qrRight = qrLeft + CertificatePage.QR_SIZE;
        float qrTop = CertificatePage.HEIGHT - CertificatePage.QR_BOTTOM - CertificatePage.QR_SIZE;
        float qrBottom = CertificatePage.HEIGHT - CertificatePage.QR_BOTTOM;
        for (PdfInspection.WordBox word : words) {
            assertTrue(word.left() > frame && word.right() < CertificatePage.WIDTH - frame, "outside frame: " + word);
            assertTrue(word.top() > frame && word.bottom() < CertificatePage.HEIGHT - frame, "outside frame: " + word);
            boolean onQr = word.left() < qrRight && word.right() > qrLeft && word.top() < qrBottom && word.bottom() > qrTop;
            assertFalse(onQr, "covers the QR code: " + word);
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                assertFalse(words.get(i).overlaps(words.get(j)), "overlap: " + words.get(i) + " / " + words.get(j));
            }
        }
        String text = PdfInspection.text(renderer.render(certificate));
        assertTrue(text.contains(WinAnsiText.ELLIPSIS), "long lines are cut with an ellipsis: " + text);
    }

    @Test
    void withoutNipThereIsNoNipLine() {
        String text = PdfInspection.text(renderer.render(SampleCertificates.withNip(SampleCertificates.dasar(), null)));

        assertFalse(text.contains("NIP"), text);
        assertTrue(text.contains("Kecamatan Samarinda Ulu"), text);
    }

    @Test
    void embedsTheCredentialForOfflineVerification() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SampleCertificates.dasar()))) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertNotNull(names, "name dictionary");
            PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
            assertNotNull(tree, "EmbeddedFiles name tree");
            Map<String, PDComplexFileSpecification> files = tree.getNames();
            assertEquals(List.of("credential.jwt"), List.copyOf(files.keySet()));

            PDEmbeddedFile embedded = files.get("credential.jwt").getEmbeddedFile();
            assertArrayEquals(SampleCertificates.JWT.getBytes(StandardCharsets.UTF_8), embedded.toByteArray());
            assertEquals("application/vc+jwt", embedded.getSubtype());
            assertEquals(SampleCertificates.JWT.length(), embedded.getSize());
        }
    }

    @Test
    void withoutCredentialNothingIsEmbedded() throws IOException {
        byte[] pdf = renderer.render(SampleCertificates.withCredential(SampleCertificates.dasar(), null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertTrue(names == null || names.getEmbeddedFiles() == null, "no embedded files expected");
        }
    }

    @Test
    void documentInformationDescribesTheCertificate() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SampleCertificates.dasar()))) {
            var info = document.getDocumentInformation();
            assertEquals("Sertifikat BMT-2026-D-000042", info.getTitle());
            assertEquals("Pemerintah Kota Samarinda", info.getAuthor());
            assertTrue(info.getSubject().contains("Pengelola Media Sosial"), info.getSubject());
            ZonedDateTime created = ZonedDateTime.ofInstant(info.getCreationDate().toInstant(), ZoneId.of("Asia/Makassar"));
            assertEquals(SampleCertificates.dasar().issuedOn(), created.toLocalDate());
            assertEquals(0, created.getHour());
        }
    }

    @Test
    void missingOptionalFieldsAreLeftOut() {
        PdfCertificate sparse = new PdfCertificate("BMT-2026-D-000043", "Budi", null, null, "DASAR", "Dasar",
            SampleCertificates.dasar().issuedOn(), null, null, null, null, null, null,
            SampleCertificates.VERIFY_URL, null, null);

        byte[] pdf = renderer.render(sparse);

        String text = PdfInspection.text(pdf);
        assertTrue(text.contains("Budi"), text);
        assertFalse(text.contains("Berlaku sampai"), text);
        assertEquals(SampleCertificates.VERIFY_URL, PdfQrReader.readQr(pdf));
    }

    @Test
    void oneInstanceServesConcurrentRenders() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String number = String.format("BMT-2026-D-%06d", i);
                PdfCertificate c = SampleCertificates.withNumberAndUrl(SampleCertificates.dasar(), number,
                    "http://localhost:8181/verify/CODE" + i);
                futures.add(pool.submit(() -> renderer.render(c)));
            }
            for (int i = 0; i < futures.size(); i++) {
                byte[] pdf = futures.get(i).get();
                assertTrue(PdfInspection.text(pdf).contains(String.format("Nomor: BMT-2026-D-%06d", i)));
                if (i % 5 == 0) {
                    assertEquals("http://localhost:8181/verify/CODE" + i, PdfQrReader.readQr(pdf));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullRequiredFieldIsReportedByName() {
        PdfCertificate noUrl = SampleCertificates.withNumberAndUrl(SampleCertificates.dasar(), "X", null);

        NullPointerException e = assertThrows(NullPointerException.class, () -> renderer.render(noUrl));
        assertEquals("verifyUrl", e.getMessage());
    }
}
