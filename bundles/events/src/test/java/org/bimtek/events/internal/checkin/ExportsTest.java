package org.bimtek.events.internal.checkin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.events.internal.enrol.CheckInCodes;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.event.Event;
import org.junit.jupiter.api.Test;

/** What leaves the bundle as files: the CSV, the PDF sign-in sheet, the QR code. */
class ExportsTest {

    private static final Event EVENT = new Event(7, "Bimtek Penulisan Berita untuk Admin Kelurahan", null, List.of("penulisan-berita-dasar"),
            Instant.parse("2026-03-12T01:00:00Z"), Instant.parse("2026-03-12T07:00:00Z"), "Aula Diskominfo Kota Samarinda", null, 30,
            Map.of(UnitKind.KELURAHAN, 2), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-11T16:00:00Z"), false, "admin",
            Instant.parse("2026-03-01T00:00:00Z"));

    private static AttendanceRow row(int i, String name, Instant at) {
        return new AttendanceRow(i, name, "19920315201503200" + (i % 10), "Kelurahan Air Putih", EnrolmentState.ENROLLED, at, at == null ? null : "admin");
    }

    @Test
    void theCsvIsUtf8WithABomSemicolonsAndWitaTimes() {
        byte[] csv = AttendanceCsv.write(List.of(row(1, "Siti Rahmawati; S.Sos.", Instant.parse("2026-03-12T01:05:30Z")),
                row(2, "=HYPERLINK(\"x\")", null)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("nama;nip;unit;status;hadir_pada;dicatat_oleh", lines[0]);
        assertEquals("\"Siti Rahmawati; S.Sos.\";199203152015032001;Kelurahan Air Putih;Terdaftar;2026-03-12 09:05:30;admin", lines[1]);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\";199203152015032002;Kelurahan Air Putih;Terdaftar;;", lines[2], "a formula stays text");
    }

    @Test
    void theSignInSheetIsAnA4PortraitTableWithTheEventOnTop() throws Exception {
        List<AttendanceRow> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(row(i, i == 1 ? "Ṡiti Rahmawati 😀" : "Peserta " + i, i == 2 ? Instant.parse("2026-03-12T01:05:00Z") : null));
        }
        byte[] pdf = SignInSheet.render(EVENT, rows);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "45 rows do not fit one page");
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.1);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("DAFTAR HADIR"), text);
            assertTrue(text.contains("Bimtek Penulisan Berita untuk Admin Kelurahan"), text);
            assertTrue(text.contains("Kamis, 12 Maret 2026, 09.00"), text);
            assertTrue(text.contains("Aula Diskominfo Kota Samarinda"), text);
            assertTrue(text.contains("Tanda tangan"), text);
            assertTrue(text.contains("Siti Rahmawati ?"), "a name the standard fonts cannot show is degraded, not fatal: " + text);
            assertTrue(text.contains("Peserta 45"), text);
            assertTrue(text.contains("check-in 09.05 WITA"), text);
        }
        try (PDDocument empty = Loader.loadPDF(SignInSheet.render(EVENT, List.of()))) {
            assertEquals(1, empty.getNumberOfPages(), "nobody yet: still a sheet to print");
        }
    }

    @Test
    void theQrCodeReadsBackAsTheCode() throws Exception {
        String code = CheckInCodes.next();
        String url = QrPng.dataUrl(code);
        assertTrue(url.startsWith("data:image/png;base64,"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)))).getText();
        assertEquals(code, read);
    }
}
