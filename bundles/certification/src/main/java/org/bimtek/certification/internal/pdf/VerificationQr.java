package org.bimtek.certification.internal.pdf;

import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The QR code that leads to the public verification page, drawn as vector squares.
 *
 * <p>Vector rather than an embedded image: it stays crisp at any zoom or print
 * resolution, costs a few hundred bytes, and needs no image encoding per render.
 * All dark modules go into a single path filled once, so anti-aliasing renderers
 * do not leave hairline seams between adjacent modules (which can confuse scanners).
 */
final class VerificationQr {

    /** Level M survives ~15% damage: enough for a creased or stamped paper copy. */
    private static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;

    /** The QR specification asks for four light modules around the symbol. */
    private static final int QUIET_ZONE_MODULES = 4;

    private VerificationQr() {
    }

    /** One matrix cell per module, quiet zone included (size 0 asks ZXing for no scaling). */
    static BitMatrix encode(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
            EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            // Only happens for text beyond QR capacity (~2 KB at level M): a bug upstream.
            throw new IllegalArgumentException("Verification URL cannot be put in a QR code: " + text, e);
        }
    }

    /** Draws the matrix (quiet zone included) as a square of {@code size} points, lower-left at (x, y). */
    static void draw(PDPageContentStream content, BitMatrix matrix, float x, float y, float size)
            throws IOException {
        int modules = matrix.getWidth();
        float module = size / modules;

        content.saveGraphicsState();
        // Light background of its own: the quiet zone must be light whatever lies beneath.
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(x, y, size, size);
        content.fill();

        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules; row++) {
            // BitMatrix rows run top-down, PDF y runs bottom-up.
            float rowY = y + size - (row + 1) * module;
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int runStart = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                // Horizontal runs as one rectangle: fewer path segments, same picture.
                content.addRect(x + runStart * module, rowY, (col - runStart) * module, module);
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
