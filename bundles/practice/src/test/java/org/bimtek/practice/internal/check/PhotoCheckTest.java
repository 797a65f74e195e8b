package org.bimtek.practice.internal.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhotoCheckTest {

    private static final Clock APRIL_2026 = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
    private static final PhotoLimits HD = new PhotoLimits(1280, 720);

    @TempDir
    Path dir;

    @Test
    void exifOrientationSixTurnsThePhotoUpright() {
        byte[] jpeg = SampleFiles.withExif(SampleFiles.jpeg(320, 200),
                SampleFiles.exifTiff(6, "2026:03:12 09:15:00", null));
        Path file = SampleFiles.write(dir, "foto.jpg", jpeg);

        PhotoReport report = PhotoCheck.check(file, FileKind.JPEG, PhotoLimits.NONE, APRIL_2026);

        assertEquals(200, report.width());
        assertEquals(320, report.height());
        assertEquals(PhotoReport.PORTRAIT, report.orientation());
        assertEquals(Instant.parse("2026-03-12T01:15:00Z"), report.takenAt());
        assertEquals(List.of(
                new Finding("resolution", Finding.Level.OK, "Resolusi 200x320."),
                new Finding("orientation", Finding.Level.INFO, "Orientasi potret."),
                new Finding("exif-date", Finding.Level.INFO, "Diambil 12 Maret 2026 pukul 09.15 WITA.")),
                report.findings());
    }

    @Test
    void offsetTagOverridesTheWitaAssumption() {
        byte[] jpeg = SampleFiles.withExif(SampleFiles.jpeg(320, 200),
                SampleFiles.exifTiff(1, "2026:03:12 09:15:00", "+07:00"));
        Path file = SampleFiles.write(dir, "jakarta.jpg", jpeg);

        PhotoReport report = PhotoCheck.check(file, FileKind.JPEG, PhotoLimits.NONE, APRIL_2026);

        assertEquals(320, report.width());
        assertEquals(PhotoReport.LANDSCAPE, report.orientation());
        assertEquals(Instant.parse("2026-03-12T02:15:00Z"), report.takenAt());
        assertEquals("Diambil 12 Maret 2026 pukul 10.15 WITA.", finding(report, "exif-date").message());
    }

    @Test
    void dateInTheFutureIsAWarning() {
        byte[] jpeg = SampleFiles.withExif(SampleFiles.jpeg(320, 200),
                SampleFiles.exifTiff(6, "2026:03:12 09:15:00", null));
        Path file = SampleFiles.write(dir, "foto.jpg", jpeg);
        Clock january = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

        Finding date = finding(PhotoCheck.check(file, FileKind.JPEG, PhotoLimits.NONE, january), "exif-date");

        assertEquals(Finding.Level.WARNING, date.level());
        assertEquals("Tanggal pengambilan (EXIF) 12 Maret 2026 pukul 09.15 WITA ada di masa depan; "
                + "periksa jam kamera atau ponsel Anda.", date.message());
    }

    @Test
    void jpegWithoutExifWarnsAboutTheMissingDate() {
        Path file = SampleFiles.write(dir, "tanpa-exif.jpg", SampleFiles.jpeg(320, 200));

        PhotoReport report = PhotoCheck.check(file, FileKind.JPEG, PhotoLimits.NONE, APRIL_2026);

        assertEquals(320, report.width());
        assertEquals(200, report.height());
        assertEquals(PhotoReport.LANDSCAPE, report.orientation());
        assertNull(report.takenAt());
        assertEquals(new Finding("exif-date", Finding.Level.WARNING, "Tanggal pengambilan (EXIF) tidak ada; "
                + "pastikan foto ini memang dari kegiatan yang diberitakan."), finding(report, "exif-date"));
    }

    @Test
    void pngBelowTheMinimumIsAWarning() {
        Path file = SampleFiles.write(dir, "kecil.png", SampleFiles.png(640, 480));

        PhotoReport report = PhotoCheck.check(file, FileKind.PNG, HD, APRIL_2026);

        assertEquals(640, report.width());
        assertEquals(480, report.height());
        assertEquals(new Finding("resolution", Finding.Level.WARNING, "Resolusi 640x480; minimal 1280x720."),
                finding(report, "resolution"));
    }

    @Test
    void squarePngAndPortraitAtTheMinimumAreFine() {
        PhotoReport square = PhotoCheck.check(SampleFiles.write(dir, "kotak.png", SampleFiles.png(300, 300)),
                FileKind.PNG, PhotoLimits.NONE, APRIL_2026);
        assertEquals(PhotoReport.SQUARE, square.orientation());
        assertEquals("Orientasi persegi.", finding(square, "orientation").message());

        PhotoReport portrait = PhotoCheck.check(SampleFiles.write(dir, "potret.png", SampleFiles.png(720, 1280)),
                FileKind.PNG, HD, APRIL_2026);
        assertEquals(Finding.Level.OK, finding(portrait, "resolution").level());
    }

    @Test
    void corruptJpegIsUnreadableWithoutException() {
        byte[] corrupt = SampleFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                "sampah-bukan-jpeg-\u0001\u0002\u0003".repeat(20).getBytes());
        assertUnreadable(PhotoCheck.check(SampleFiles.write(dir, "rusak.jpg", corrupt),
                FileKind.JPEG, HD, APRIL_2026));
    }

    @Test
    void truncatedPngAndMissingFileAreUnreadable() {
        byte[] png = SampleFiles.png(64, 64);
        byte[] signatureOnly = java.util.Arrays.copyOf(png, 10);
        assertUnreadable(PhotoCheck.check(SampleFiles.write(dir, "potong.png", signatureOnly),
                FileKind.PNG, HD, APRIL_2026));
        assertUnreadable(PhotoCheck.check(dir.resolve("tidak-ada.jpg"), FileKind.JPEG, HD, APRIL_2026));
    }

    @Test
    void videoKindIsAProgrammingError() {
        Path file = SampleFiles.write(dir, "foto.jpg", SampleFiles.jpeg(10, 10));
        assertThrows(IllegalArgumentException.class,
                () -> PhotoCheck.check(file, FileKind.MP4, HD, APRIL_2026));
    }

    private static void assertUnreadable(PhotoReport report) {
        assertEquals(0, report.width());
        assertEquals(0, report.height());
        assertNull(report.orientation());
        assertNull(report.takenAt());
        assertEquals(1, report.findings().size());
        assertEquals("unreadable", report.findings().get(0).id());
        assertEquals(Finding.Level.WARNING, report.findings().get(0).level());
    }

    private static Finding finding(PhotoReport report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + report.findings()));
    }
}
