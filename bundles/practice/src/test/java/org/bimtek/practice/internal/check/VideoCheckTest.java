package org.bimtek.practice.internal.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VideoCheckTest {

    private static final VideoLimits NO_LIMITS = VideoLimits.NONE;

    @TempDir
    Path dir;

    @Test
    void readsDurationAndSizeFromMp4Boxes() {
        Path file = SampleFiles.write(dir, "latihan.mp4", SampleFiles.mp4("isom", 1000, 5000, 640, 360));

        VideoReport report = VideoCheck.check(file, FileKind.MP4, NO_LIMITS);

        assertEquals(5.0, report.seconds(), 1e-9);
        assertEquals(640, report.width());
        assertEquals(360, report.height());
        assertEquals(List.of(
                new Finding("duration", Finding.Level.OK, "Durasi 5 detik."),
                new Finding("resolution", Finding.Level.OK, "Resolusi 640x360.")), report.findings());
    }

    @Test
    void tooLongIsAWarning() {
        Path file = SampleFiles.write(dir, "latihan.mp4", SampleFiles.mp4("isom", 1000, 5000, 640, 360));

        VideoReport report = VideoCheck.check(file, FileKind.MP4, new VideoLimits(0, 3, 0, 0));

        assertEquals(new Finding("duration", Finding.Level.WARNING, "Durasi 5 detik; maksimal 3 detik."),
                report.findings().get(0));
    }

    @Test
    void durationsAreWrittenInMinutesAndSeconds() {
        Path file = SampleFiles.write(dir, "panjang.mp4", SampleFiles.mp4("mp42", 600, 90_000, 1920, 1080));

        VideoReport report = VideoCheck.check(file, FileKind.MP4, new VideoLimits(0, 60, 1280, 720));

        assertEquals(150.0, report.seconds(), 1e-9);
        assertEquals(List.of(
                new Finding("duration", Finding.Level.WARNING, "Durasi 2 menit 30 detik; maksimal 1 menit."),
                new Finding("resolution", Finding.Level.OK, "Resolusi 1920x1080.")), report.findings());
    }

    @Test
    void tooShortAndTooSmallAreWarnings() {
        Path file = SampleFiles.write(dir, "latihan.mp4", SampleFiles.mp4("isom", 1000, 5000, 640, 360));

        VideoReport report = VideoCheck.check(file, FileKind.MP4, new VideoLimits(15, 60, 1280, 720));

        assertEquals(List.of(
                new Finding("duration", Finding.Level.WARNING, "Durasi 5 detik; minimal 15 detik."),
                new Finding("resolution", Finding.Level.WARNING, "Resolusi 640x360; minimal 1280x720.")),
                report.findings());
    }

    @Test
    void phoneVideoTurnedNinetyDegreesIsShownUpright() {
        byte[] mp4 = SampleFiles.isoMedia("isom", 1000, 5000, 1280, 720, SampleFiles.TURNED_90, 0);
        Path file = SampleFiles.write(dir, "tegak.mp4", mp4);

        VideoReport report = VideoCheck.check(file, FileKind.MP4, new VideoLimits(0, 0, 1280, 720));

        assertEquals(720, report.width());
        assertEquals(1280, report.height());
        assertEquals(Finding.Level.OK, report.findings().get(1).level());
    }

    @Test
    void movieHeaderAfterTheMediaDataIsFound() {
        byte[] mp4 = SampleFiles.isoMedia("mp42", 1000, 5000, 640, 360, SampleFiles.IDENTITY, 200_000);
        Path file = SampleFiles.write(dir, "moov-di-akhir.mp4", mp4);

        VideoReport report = VideoCheck.check(file, FileKind.MP4, NO_LIMITS);

        assertEquals(5.0, report.seconds(), 1e-9);
        assertEquals(640, report.width());
    }

    @Test
    void movVariantIsDetectedAsMovAndRead() throws Exception {
        Path file = SampleFiles.write(dir, "latihan.mov", SampleFiles.mp4("qt  ", 600, 3000, 640, 360));

        assertEquals(Optional.of(FileKind.MOV), MagicBytes.detect(Files.readAllBytes(file)));
        VideoReport report = VideoCheck.check(file, FileKind.MOV, NO_LIMITS);
        assertEquals(5.0, report.seconds(), 1e-9);
        assertEquals(640, report.width());
        assertEquals(360, report.height());
    }

    @Test
    void webmIsNotReadButExplained() {
        Path file = SampleFiles.write(dir, "latihan.webm", new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0, 0, 0, 0});

        VideoReport report = VideoCheck.check(file, FileKind.WEBM, new VideoLimits(1, 60, 1280, 720));

        assertEquals(0.0, report.seconds());
        assertEquals(List.of(new Finding("unreadable", Finding.Level.INFO, "Durasi dan resolusi video WebM tidak "
                + "dapat dibaca otomatis; periksa sendiri sebelum mengirim.")), report.findings());
    }

    @Test
    void brokenVideoIsUnreadableWithoutException() {
        byte[] ftypOnly = SampleFiles.box("ftyp", "isom".getBytes(), new byte[4]);
        byte[] garbage = SampleFiles.concat(ftypOnly, new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 'm', 'o', 'o', 'v', 1, 2});
        for (byte[] content : List.of(ftypOnly, garbage)) {
            VideoReport report = VideoCheck.check(SampleFiles.write(dir, "rusak.mp4", content), FileKind.MP4, NO_LIMITS);
            assertEquals(0.0, report.seconds());
            assertEquals(1, report.findings().size());
            assertEquals(new Finding("unreadable", Finding.Level.WARNING,
                    "Video tidak dapat dibaca; pastikan berkasnya utuh dan dapat diputar."), report.findings().get(0));
        }
        assertEquals("unreadable",
                VideoCheck.check(dir.resolve("tidak-ada.mp4"), FileKind.MP4, NO_LIMITS).findings().get(0).id());
    }

    @Test
    void photoKindIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> VideoCheck.check(dir.resolve("x.jpg"), FileKind.JPEG, NO_LIMITS));
    }

    @Test
    void indonesianDurations() {
        assertEquals("45 detik", IndonesianText.duration(45));
        assertEquals("1 menit", IndonesianText.duration(60));
        assertEquals("2 menit 30 detik", IndonesianText.duration(150));
    }
}
