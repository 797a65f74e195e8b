package org.bimtek.certification.internal.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A thin layer over a content stream that speaks in the terms the layout needs:
 * aligned text at a baseline, rules, frames. Keeps PDF operator bookkeeping
 * (BT/ET, colour state) out of the layout code.
 */
final class PageCanvas {

    enum Align { LEFT, CENTER, RIGHT }

    /** Bezier handle length that approximates a quarter circle. */
    private static final float KAPPA = 0.5522848f;

    private final PDPageContentStream content;

    PageCanvas(PDPageContentStream content) {
        this.content = content;
    }

    PDPageContentStream content() {
        return content;
    }

    /** Draws sanitized text with its baseline at {@code baseline}, aligned on {@code anchorX}. */
    void text(String text, PDFont font, float size, Color color, float anchorX, float baseline, Align align)
            throws IOException {
        text(text, font, size, color, anchorX, baseline, align, 0f);
    }

    /** As above with extra tracking; the last glyph's spacing is left out of the centring. */
    void text(String text, PDFont font, float size, Color color, float anchorX, float baseline, Align align,
              float characterSpacing) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float width = TextFit.width(font, size, text) + characterSpacing * (text.length() - 1);
        float x = switch (align) {
            case LEFT -> anchorX;
            case CENTER -> anchorX - width / 2f;
            case RIGHT -> anchorX - width;
        };
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.setCharacterSpacing(characterSpacing);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
        if (characterSpacing != 0f) {
            content.setCharacterSpacing(0f); // Tc outlives BT/ET; do not leak it into later text
        }
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void strokeRect(float x, float y, float width, float height, float lineWidth, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.addRect(x, y, width, height);
        content.stroke();
    }

    void fillRect(float x, float y, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, y, width, height);
        content.fill();
    }

    void strokeCircle(float cx, float cy, float r, float lineWidth, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        float k = KAPPA * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
        content.stroke();
    }

    /** A small filled diamond, used as a corner ornament on the frame. */
    void fillDiamond(float cx, float cy, float half, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.moveTo(cx, cy + half);
        content.lineTo(cx + half, cy);
        content.lineTo(cx, cy - half);
        content.lineTo(cx - half, cy);
        content.closePath();
        content.fill();
    }
}
