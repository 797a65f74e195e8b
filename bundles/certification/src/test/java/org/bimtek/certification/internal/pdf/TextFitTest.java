package org.bimtek.certification.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private final PDFont font = new PDType1Font(FontName.HELVETICA);

    @Test
    void shortTextKeepsItsSize() {
        TextFit.Fitted fitted = TextFit.shrinkThenWrap(font, "Budi", 30f, 18f, 300f, 2);
        assertEquals(30f, fitted.size());
        assertEquals(List.of("Budi"), fitted.lines());
    }

    @Test
    void shrinksBeforeWrapping() {
        String name = "Raden Ajeng Kartika Sekar Arum";
        float natural = TextFit.width(font, 30f, name);
        TextFit.Fitted fitted = TextFit.shrinkThenWrap(font, name, 30f, 18f, natural * 0.8f, 2);
        assertEquals(1, fitted.lines().size());
        assertTrue(fitted.size() < 30f && fitted.size() >= 18f, "size " + fitted.size());
        assertTrue(TextFit.width(font, fitted.size(), name) <= natural * 0.8f);
    }

    @Test
    void wrapsAtMinimumSizeAndCutsTheRest() {
        String text = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas";
        TextFit.Fitted fitted = TextFit.shrinkThenWrap(font, text, 20f, 12f, 120f, 2);
        assertEquals(12f, fitted.size());
        assertEquals(2, fitted.lines().size());
        assertTrue(fitted.lines().get(1).endsWith(WinAnsiText.ELLIPSIS), fitted.lines().toString());
        for (String line : fitted.lines()) {
            assertTrue(TextFit.width(font, 12f, line) <= 120f, line);
        }
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        List<String> lines = TextFit.wrap(font, 10f, "A".repeat(100), 100f, 10);
        assertTrue(lines.size() > 1);
        assertEquals("A".repeat(100), String.join("", lines));
    }

    @Test
    void truncatesWithEllipsisWithinWidth() {
        String cut = TextFit.truncate(font, 10f, "Tata Kelola Media Sosial Pemerintah (Dasar): selesai; kuis 85", 100f);
        assertTrue(cut.endsWith(WinAnsiText.ELLIPSIS), cut);
        assertTrue(TextFit.width(font, 10f, cut) <= 100f, cut);
        assertEquals("pendek", TextFit.truncate(font, 10f, "pendek", 100f));
    }
}
