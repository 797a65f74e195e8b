package org.bimtek.practice.internal.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MagicBytesTest {

    @Test
    void needsTwelveBytes() {
        assertEquals(12, MagicBytes.bytesNeeded());
    }

    @Test
    void recognisesRealJpegAndPng() {
        assertEquals(Optional.of(FileKind.JPEG), MagicBytes.detect(SampleFiles.jpeg(32, 20)));
        assertEquals(Optional.of(FileKind.PNG), MagicBytes.detect(SampleFiles.png(32, 20)));
    }

    @Test
    void recognisesMp4AndMovByMajorBrand() {
        assertEquals(Optional.of(FileKind.MP4), MagicBytes.detect(SampleFiles.mp4("isom", 1000, 5000, 640, 360)));
        assertEquals(Optional.of(FileKind.MOV), MagicBytes.detect(SampleFiles.mp4("qt  ", 600, 3000, 640, 360)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"isom", "mp41", "mp42", "avc1", "M4V ", "iso5", "3gp5"})
    void otherIsoBrandsAreMp4(String brand) {
        assertEquals(Optional.of(FileKind.MP4), MagicBytes.detect(ftypHead(brand)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "mif1", "avif"})
    void heifAndAvifPhotosAreNotVideos(String brand) {
        assertEquals(Optional.empty(), MagicBytes.detect(ftypHead(brand)));
    }

    @Test
    void recognisesWebmByEbmlHeader() {
        byte[] head = Arrays.copyOf(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86}, 64);
        assertEquals(Optional.of(FileKind.WEBM), MagicBytes.detect(head));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body>", "<svg xmlns=\"http://www.w3.org/2000/svg\">",
            "%PDF-1.7\n%âãÏÓ\n", "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000", "MZ\u0090\u0000\u0003\u0000\u0000\u0000",
            "Ini hanya teks biasa, bukan foto."})
    void rejectsOtherContent(String content) {
        assertEquals(Optional.empty(), MagicBytes.detect(content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void rejectsTooShortInput() {
        assertEquals(Optional.empty(), MagicBytes.detect(new byte[0]));
        assertEquals(Optional.empty(), MagicBytes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        assertEquals(Optional.empty(), MagicBytes.detect(null));
    }

    @Test
    void fileKindsKnowTheirMimeTypeAndWhetherTheyAreVideo() {
        assertEquals("image/jpeg", FileKind.JPEG.mimeType());
        assertEquals("image/png", FileKind.PNG.mimeType());
        assertEquals("video/mp4", FileKind.MP4.mimeType());
        assertEquals("video/quicktime", FileKind.MOV.mimeType());
        assertEquals("video/webm", FileKind.WEBM.mimeType());
        assertFalse(FileKind.JPEG.isVideo());
        assertFalse(FileKind.PNG.isVideo());
        assertTrue(FileKind.MP4.isVideo());
        assertTrue(FileKind.MOV.isVideo());
        assertTrue(FileKind.WEBM.isVideo());
    }

    private static byte[] ftypHead(String brand) {
        return SampleFiles.box("ftyp", brand.getBytes(StandardCharsets.ISO_8859_1), new byte[4]);
    }
}
