package org.bimtek.certification.internal.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts of one certificate document.
 *
 * <p>Standard 14 fonts are not embedded, so the PDF stays small and nothing is read
 * from disk per render: PDFBox loads each font's metrics (AFM) once per JVM and caches
 * them. A fresh set is made for every document on purpose: {@link PDType1Font} keeps a
 * mutable encoding cache and PDFBox's writer stamps object numbers into the font
 * dictionary while saving, so one instance shared by concurrent renders would race.
 * Creating the set costs a few map look-ups.
 */
record CertificateFonts(PDFont serifBold, PDFont serifItalic, PDFont sans, PDFont sansBold, PDFont mono) {

    static CertificateFonts forNewDocument() {
        return new CertificateFonts(
            new PDType1Font(FontName.TIMES_BOLD),
            new PDType1Font(FontName.TIMES_ITALIC),
            new PDType1Font(FontName.HELVETICA),
            new PDType1Font(FontName.HELVETICA_BOLD),
            new PDType1Font(FontName.COURIER_BOLD));
    }
}
