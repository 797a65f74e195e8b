package org.bimtek.certification.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back what a rendered certificate says and where it says it. */
final class PdfInspection {

    private PdfInspection() {
    }

    /** Extracted text with every run of white space collapsed, so wrapping does not matter. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word's ink box in top-down page coordinates (as PDFTextStripper reports positions). */
    record WordBox(String word, float left, float top, float right, float bottom) {
        boolean overlaps(WordBox other) {
            // Half a point of tolerance: touching boxes of adjacent words are fine.
            return left < other.right - 0.5f && other.left < right - 0.5f
                && top < other.bottom - 0.5f && other.top < bottom - 0.5f;
        }
    }

    static List<WordBox> wordBoxes(byte[] pdf) {
        List<WordBox> boxes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty() || text.isBlank()) {
                        return;
                    }
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    float size = first.getFontSizeInPt();
                    float baseline = first.getYDirAdj();
                    // Cap height ~0.72 em above the baseline, descenders ~0.2 em below.
                    boxes.add(new WordBox(text, first.getXDirAdj(), baseline - 0.72f * size,
                        last.getXDirAdj() + last.getWidthDirAdj(), baseline + 0.2f * size));
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }
}
