package org.bimtek.certification.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code back from a rendered PDF the way a phone would see a print:
 * rasterise page 0, then decode. Uses ZXing core only (its javase module is not an
 * OSGi bundle), so the BufferedImage is turned into luminance by hand.
 */
public final class PdfQrReader {

    /** Lower resolutions first: cheaper, and what a screen or poor print gives. */
    private static final List<Integer> DPIS = List.of(150, 200, 300);

    private PdfQrReader() {
    }

    public static String readQr(byte[] pdf) {
        return readQrResult(pdf).getText();
    }

    /** The full ZXing result, for tests that look at metadata such as error correction level. */
    static Result readQrResult(byte[] pdf) {
        ReaderException last = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int dpi : DPIS) {
                BufferedImage image = renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
                try {
                    return decode(image);
                } catch (ReaderException e) {
                    last = e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No QR code found on page 0 at " + DPIS + " dpi", last);
    }

    static Result decode(BufferedImage image) throws NotFoundException, ReaderException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Map<DecodeHintType, Object> hints = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        return new QRCodeReader().decode(bitmap, hints);
    }
}
