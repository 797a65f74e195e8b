package org.bimtek.certification.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.bimtek.certification.internal.pdf.PageCanvas.Align;

/**
 * Lays out one certificate on an A4 landscape page.
 *
 * <p>The upper half flows top-down (headings, holder, statement, evidence) with a
 * cursor, because names and units vary in length; the lower strip (QR, number and
 * dates, signature) sits at fixed positions so that every certificate looks alike
 * where officials look first. The flowing part is squeezed, never pushed, into the
 * strip: see {@link #drawEvidence}.
 *
 * <p>Internally positions are measured in points from the top edge ("down"), which
 * matches how the design is read; {@link #y} converts to PDF's bottom-up space.
 */
final class CertificatePage {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float WIDTH = A4_LANDSCAPE.getWidth();
    static final float HEIGHT = A4_LANDSCAPE.getHeight();
    static final float CENTER_X = WIDTH / 2f;

    static final float OUTER_FRAME_INSET = 18f;
    static final float INNER_FRAME_INSET = 26f;

    /** 35 mm: big enough for any phone camera at arm's length, quiet zone included. */
    static final float QR_SIZE = 35f / 25.4f * 72f;
    static final float QR_LEFT = 58f;
    static final float QR_BOTTOM = 68f;

    /** Baseline of the highest line of the bottom strip ("Samarinda, 26 November 2026"). */
    private static final float STRIP_TOP_BASELINE = 170f;

    /**
     * Nothing of the flowing upper part may reach below this line (measured down from the
     * top): clear of the QR code and of the signature block's cap height, with a gap.
     */
    static final float FLOW_LIMIT_DOWN = HEIGHT - Math.max(QR_BOTTOM + QR_SIZE, STRIP_TOP_BASELINE + 8f) - 12f;

    private static final Color NAVY = new Color(0x1B, 0x33, 0x5E);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3E);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x5A, 0x5F, 0x66);
    private static final Color PAPER = new Color(0xFD, 0xFB, 0xF6);

    private static final float BAND_HEIGHT = 44f;
    private static final float TEXT_COLUMN = 640f;
    private static final float SIGNATURE_CENTER_X = WIDTH - 160f;
    private static final float SIGNATURE_COLUMN = 230f;

    private final PageCanvas canvas;
    private final CertificateFonts fonts;

    CertificatePage(PageCanvas canvas, CertificateFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(PdfCertificate c) throws IOException {
        String tierLabel = WinAnsiText.sanitize(c.tierLabel());
        String issued = IndonesianDates.format(c.issuedOn());

        drawBackgroundAndFrame();
        drawHeader(WinAnsiText.sanitize(c.issuerName()), tierLabel);
        float down = drawHolder(WinAnsiText.sanitize(c.holderName()), WinAnsiText.sanitize(c.nip()),
            WinAnsiText.sanitize(c.unitName()));
        down = drawStatement(tierLabel, down);
        drawEvidence(c.evidenceOrEmpty(), down);

        drawQrBlock(c.verifyUrl(), WinAnsiText.sanitize(c.verificationCode()));
        drawSeal(tierLabel);
        drawIssueBlock(WinAnsiText.sanitize(c.number()), issued,
            c.validUntil() == null ? null : IndonesianDates.format(c.validUntil()));
        drawSignatureBlock(WinAnsiText.sanitize(c.city()), issued, WinAnsiText.sanitize(c.signerTitle()),
            WinAnsiText.sanitize(c.signerName()));
    }

    private static float y(float down) {
        return HEIGHT - down;
    }

    private void drawBackgroundAndFrame() throws IOException {
        canvas.fillRect(0, 0, WIDTH, HEIGHT, PAPER);
        float outer = OUTER_FRAME_INSET;
        float inner = INNER_FRAME_INSET;
        canvas.strokeRect(outer, outer, WIDTH - 2 * outer, HEIGHT - 2 * outer, 3f, NAVY);
        canvas.strokeRect(inner, inner, WIDTH - 2 * inner, HEIGHT - 2 * inner, 0.9f, GOLD);
        for (float x : new float[] {inner, WIDTH - inner}) {
            for (float yy : new float[] {inner, HEIGHT - inner}) {
                canvas.fillDiamond(x, yy, 5f, GOLD);
            }
        }
    }

    private void drawHeader(String issuerName, String tierLabel) throws IOException {
        float bandLeft = INNER_FRAME_INSET + 8f;
        float bandWidth = WIDTH - 2 * bandLeft;
        float bandTop = INNER_FRAME_INSET + 8f;
        canvas.fillRect(bandLeft, y(bandTop + BAND_HEIGHT), bandWidth, BAND_HEIGHT, NAVY);
        canvas.line(bandLeft, y(bandTop + BAND_HEIGHT + 3f), bandLeft + bandWidth, y(bandTop + BAND_HEIGHT + 3f),
            1.2f, GOLD);

        String issuer = issuerName.toUpperCase(Locale.ROOT);
        float issuerSize = TextFit.shrinkThenWrap(fonts.sansBold(), issuer, 15f, 10f, bandWidth - 40f, 1).size();
        issuer = TextFit.truncate(fonts.sansBold(), issuerSize, issuer, bandWidth - 40f);
        canvas.text(issuer, fonts.sansBold(), issuerSize, Color.WHITE, CENTER_X,
            y(bandTop + BAND_HEIGHT / 2f + issuerSize * 0.35f), Align.CENTER, 1.2f);

        canvas.text("SERTIFIKAT KEAHLIAN", fonts.serifBold(), 34f, NAVY, CENTER_X, y(126f), Align.CENTER, 1.5f);
        canvas.text("Pengelola Media Sosial Instansi Pemerintah", fonts.serifItalic(), 17f, INK,
            CENTER_X, y(149f), Align.CENTER);

        String tier = "Tingkat " + tierLabel.toUpperCase(Locale.ROOT);
        float tierWidth = TextFit.width(fonts.sansBold(), 12f, tier);
        canvas.text(tier, fonts.sansBold(), 12f, GOLD, CENTER_X, y(172f), Align.CENTER);
        float ruleY = y(172f) + 4f; // about mid-height of the capitals
        canvas.line(CENTER_X - tierWidth / 2f - 70f, ruleY, CENTER_X - tierWidth / 2f - 12f, ruleY, 0.8f, GOLD);
        canvas.line(CENTER_X + tierWidth / 2f + 12f, ruleY, CENTER_X + tierWidth / 2f + 70f, ruleY, 0.8f, GOLD);
    }

    /** Returns the position (from the top) just below the holder block. */
    private float drawHolder(String name, String nip, String unit) throws IOException {
        canvas.text("Diberikan kepada", fonts.sans(), 11f, MUTED, CENTER_X, y(199f), Align.CENTER);

        TextFit.Fitted fittedName = TextFit.shrinkThenWrap(fonts.serifBold(), name, 30f, 18f, TEXT_COLUMN, 2);
        float down = 232f;
        float leading = fittedName.size() * 1.12f;
        float widest = 0f;
        for (String line : fittedName.lines()) {
            canvas.text(line, fonts.serifBold(), fittedName.size(), NAVY, CENTER_X, y(down), Align.CENTER);
            widest = Math.max(widest, TextFit.width(fonts.serifBold(), fittedName.size(), line));
            down += leading;
        }
        down -= leading;

        float ruleHalf = Math.min(TEXT_COLUMN, Math.max(360f, widest + 40f)) / 2f;
        canvas.line(CENTER_X - ruleHalf, y(down + 9f), CENTER_X + ruleHalf, y(down + 9f), 0.8f, GOLD);
        down += 9f;

        if (!nip.isEmpty()) {
            down += 16f;
            canvas.text("NIP " + nip, fonts.sans(), 11f, INK, CENTER_X, y(down), Align.CENTER);
        }
        if (!unit.isEmpty()) {
            TextFit.Fitted fittedUnit = TextFit.shrinkThenWrap(fonts.sans(), unit, 11f, 9f, TEXT_COLUMN, 2);
            for (String line : fittedUnit.lines()) {
                down += fittedUnit.size() + 4f;
                canvas.text(line, fonts.sans(), fittedUnit.size(), INK, CENTER_X, y(down), Align.CENTER);
            }
        }
        return down;
    }

    private float drawStatement(String tierLabel, float down) throws IOException {
        String sentence = "telah memenuhi seluruh persyaratan sertifikasi tingkat " + tierLabel
            + " pada program Bimbingan Teknis Pengelolaan Media Sosial.";
        down += 8f;
        for (String line : TextFit.wrap(fonts.sans(), 11f, sentence, TEXT_COLUMN, 2)) {
            down += 14f;
            canvas.text(line, fonts.sans(), 11f, INK, CENTER_X, y(down), Align.CENTER);
        }
        return down;
    }

    /**
     * Evidence gets whatever room is left above the bottom strip: up to 8.5 pt, shrinking
     * to 6 pt; if even that does not fit, the last visible line says how many were left out.
     */
    private void drawEvidence(List<String> evidence, float down) throws IOException {
        if (evidence.isEmpty()) {
            return;
        }
        float top = down + 8f;
        float room = FLOW_LIMIT_DOWN - top;
        float leading = Math.min(11f, room / evidence.size());
        leading = Math.max(leading, 7.5f);
        float size = leading / 1.3f;
        int fitting = (int) Math.floor(room / leading);
        if (fitting <= 0) {
            return;
        }
        int shown = evidence.size() <= fitting ? evidence.size() : fitting - 1;
        float lineDown = top;
        for (int i = 0; i < shown; i++) {
            lineDown += leading;
            String line = TextFit.truncate(fonts.sans(), size, WinAnsiText.sanitize(evidence.get(i)), TEXT_COLUMN);
            canvas.text(line, fonts.sans(), size, MUTED, CENTER_X, y(lineDown), Align.CENTER);
        }
        if (shown < evidence.size()) {
            lineDown += leading;
            canvas.text("(dan " + (evidence.size() - shown) + " bukti lainnya)", fonts.sans(), size, MUTED,
                CENTER_X, y(lineDown), Align.CENTER);
        }
    }

    private void drawQrBlock(String verifyUrl, String code) throws IOException {
        VerificationQr.draw(canvas.content(), VerificationQr.encode(verifyUrl), QR_LEFT, QR_BOTTOM, QR_SIZE);
        float centerX = QR_LEFT + QR_SIZE / 2f;
        canvas.text("Pindai untuk memeriksa keaslian", fonts.sans(), 7f, MUTED, centerX, QR_BOTTOM - 10f,
            Align.CENTER);
        float codeSize = TextFit.shrinkThenWrap(fonts.mono(), code, 9f, 6f, QR_SIZE + 20f, 1).size();
        canvas.text(TextFit.truncate(fonts.mono(), codeSize, code, QR_SIZE + 20f), fonts.mono(), codeSize, INK,
            centerX, QR_BOTTOM - 21f, Align.CENTER);
    }

    /** A quiet emblem above the number: two gold rings with the tier, purely decorative. */
    private void drawSeal(String tierLabel) throws IOException {
        float cy = 148f;
        canvas.strokeCircle(CENTER_X, cy, 27f, 1.6f, GOLD);
        canvas.strokeCircle(CENTER_X, cy, 23f, 0.6f, GOLD);
        canvas.text("BIMTEK", fonts.sansBold(), 6.5f, GOLD, CENTER_X, cy + 6f, Align.CENTER, 0.8f);
        String tier = tierLabel.toUpperCase(Locale.ROOT);
        float tierSize = TextFit.shrinkThenWrap(fonts.serifBold(), tier, 9f, 5f, 38f, 1).size();
        canvas.text(TextFit.truncate(fonts.serifBold(), tierSize, tier, 38f), fonts.serifBold(), tierSize, NAVY,
            CENTER_X, cy - 6f, Align.CENTER);
    }

    private void drawIssueBlock(String number, String issued, String validUntil) throws IOException {
        float column = 260f;
        String numberLine = TextFit.truncate(fonts.sansBold(), 10f, "Nomor: " + number, column);
        canvas.text(numberLine, fonts.sansBold(), 10f, INK, CENTER_X, 98f, Align.CENTER);
        canvas.text("Diterbitkan: " + issued, fonts.sans(), 9.5f, INK, CENTER_X, 84f, Align.CENTER);
        if (validUntil != null) {
            canvas.text("Berlaku sampai: " + validUntil, fonts.sans(), 9.5f, INK, CENTER_X, 71f, Align.CENTER);
        }
    }

    private void drawSignatureBlock(String city, String issued, String title, String signer) throws IOException {
        float x = SIGNATURE_CENTER_X;
        String place = city.isEmpty() ? issued : city + ", " + issued;
        canvas.text(TextFit.truncate(fonts.sans(), 10f, place, SIGNATURE_COLUMN), fonts.sans(), 10f, INK,
            x, STRIP_TOP_BASELINE, Align.CENTER);
        float baseline = STRIP_TOP_BASELINE - 14f;
        for (String line : TextFit.wrap(fonts.sans(), 10f, title, SIGNATURE_COLUMN, 2)) {
            canvas.text(line, fonts.sans(), 10f, INK, x, baseline, Align.CENTER);
            baseline -= 12.5f;
        }
        // The gap above the name is left empty for the wet signature and stamp.
        float nameSize = TextFit.shrinkThenWrap(fonts.sansBold(), signer, 11f, 8f, SIGNATURE_COLUMN, 1).size();
        String name = TextFit.truncate(fonts.sansBold(), nameSize, signer, SIGNATURE_COLUMN);
        float nameBaseline = 78f;
        canvas.text(name, fonts.sansBold(), nameSize, INK, x, nameBaseline, Align.CENTER);
        float half = TextFit.width(fonts.sansBold(), nameSize, name) / 2f;
        if (half > 0f) {
            canvas.line(x - half, nameBaseline - 2.5f, x + half, nameBaseline - 2.5f, 0.7f, INK);
        }
    }
}
