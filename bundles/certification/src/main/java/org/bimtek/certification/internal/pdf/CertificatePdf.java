package org.bimtek.certification.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a certificate snapshot into a one-page PDF.
 *
 * <p>Stateless and therefore safe to share between concurrent requests: every
 * PDFBox object, fonts included, belongs to the one document being rendered
 * (see {@link CertificateFonts} for why fonts are not shared).
 */
public final class CertificatePdf {

    private static final Logger LOG = LoggerFactory.getLogger(CertificatePdf.class);

    /**
     * Samarinda keeps WITA (UTC+8). Dates on a certificate are civil dates, so the PDF
     * creation timestamp is midnight of the issue day there, not a server instant.
     */
    private static final ZoneId ISSUE_ZONE = ZoneId.of("Asia/Makassar");

    /** Renders {@code certificate}; never fails because of unusual characters in its text. */
    public byte[] render(PdfCertificate certificate) {
        requireContent(certificate);
        long started = System.nanoTime();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(CertificatePage.A4_LANDSCAPE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new CertificatePage(new PageCanvas(content), CertificateFonts.forNewDocument()).draw(certificate);
            }

            Calendar issuedAt = startOfIssueDay(certificate);
            describe(document, certificate, issuedAt);
            if (certificate.credentialJwt() != null) {
                CredentialAttachment.attach(document, certificate.credentialJwt(), issuedAt);
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Rendered certificate {} ({} bytes) in {} ms", certificate.number(), out.size(),
                    (System.nanoTime() - started) / 1_000_000);
            }
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory: an IOException here is a programming error, not an I/O condition.
            throw new UncheckedIOException("Cannot render certificate " + certificate.number(), e);
        }
    }

    /** Fields the page cannot be drawn without; everything else may be null and is then left out. */
    private static void requireContent(PdfCertificate c) {
        Objects.requireNonNull(c, "certificate");
        Objects.requireNonNull(c.number(), "number");
        Objects.requireNonNull(c.holderName(), "holderName");
        Objects.requireNonNull(c.tierLabel(), "tierLabel");
        Objects.requireNonNull(c.issuedOn(), "issuedOn");
        Objects.requireNonNull(c.verifyUrl(), "verifyUrl");
    }

    private static Calendar startOfIssueDay(PdfCertificate c) {
        GregorianCalendar calendar = GregorianCalendar.from(c.issuedOn().atStartOfDay(ISSUE_ZONE));
        calendar.setTimeZone(TimeZone.getTimeZone(ISSUE_ZONE));
        return calendar;
    }

    /** Document properties are free Unicode text strings, so here names are kept unsanitized. */
    private static void describe(PDDocument document, PdfCertificate c, Calendar issuedAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Sertifikat " + c.number());
        info.setAuthor(c.issuerName());
        info.setSubject("Sertifikat Keahlian Pengelola Media Sosial Instansi Pemerintah, tingkat "
            + c.tierLabel() + ", atas nama " + c.holderName());
        info.setKeywords("sertifikat; bimtek; media sosial; " + c.number());
        info.setCreator("Bimtek");
        info.setCreationDate(issuedAt);

        document.getDocumentCatalog().setLanguage("id-ID");
        // Viewers then show "Sertifikat BMT-..." in the title bar rather than a file name.
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
