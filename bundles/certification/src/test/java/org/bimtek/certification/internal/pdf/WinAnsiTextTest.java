package org.bimtek.certification.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class WinAnsiTextTest {

    @Test
    void keepsWhatWinAnsiHas() {
        assertEquals("José Müller \u201CBudi\u201D \u2013 Ærø \u20AC", WinAnsiText.sanitize("José Müller \u201CBudi\u201D \u2013 Ærø \u20AC"));
    }

    @Test
    void composesDecomposedAccents() {
        assertEquals("José", WinAnsiText.sanitize("Jose\u0301"));
    }

    @Test
    void dropsMarksItCannotCompose() {
        // Ṡ has no WinAnsi form: keep its base letter.
        assertEquals("Siti Nurhaliza S", WinAnsiText.sanitize("Siti Nurhaliza \u1E60"));
        assertEquals("Nguyen Van Thuong", WinAnsiText.sanitize("Nguyễn Văn Thường"));
        assertEquals("q", WinAnsiText.sanitize("q\u0307\u0323"));
    }

    @Test
    void replacesWhatHasNoLatinBaseWithAQuestionMark() {
        assertEquals("Siti Nurhaliza S ? ?", WinAnsiText.sanitize("Siti Nurhaliza \u1E60 \u738B \uD83D\uDE00"));
        // Skin tone and joiners belong to the emoji: one question mark per pictograph.
        assertEquals("ok ??", WinAnsiText.sanitize("ok \uD83D\uDC4D\uD83C\uDFFD\uD83D\uDC4D"));
    }

    @Test
    void mapsPunctuationAndLettersWithoutDecomposition() {
        assertEquals("Kota-Samarinda", WinAnsiText.sanitize("Kota\u2010Samarinda"));
        assertEquals("Lodz Lukasz", WinAnsiText.sanitize("\u0141\u00F3d\u017A \u0141ukasz").replace("ó", "o"));
        assertEquals("fi A", WinAnsiText.sanitize("\uFB01 \uFF21"));
    }

    @Test
    void collapsesWhiteSpaceAndControls() {
        assertEquals("Budi Santoso", WinAnsiText.sanitize("  Budi\u00A0\t\n Santoso\u200B\u0007 "));
        assertEquals("", WinAnsiText.sanitize(null));
    }

    @Test
    void everyOutputIsEncodableByAStandardFont() throws Exception {
        PDType1Font helvetica = new PDType1Font(FontName.HELVETICA);
        String nasty = "Ṡ王😀\u0301\u200D\uFE0F\u2028\u0000ğışçŒœŸžŽ€™…‘’“”–—•†‡‰¡¿ÅØ\uD800";
        String clean = WinAnsiText.sanitize(nasty);
        helvetica.encode(clean); // throws IllegalArgumentException on anything unencodable
        assertTrue(clean.contains("?"), clean);
    }
}
