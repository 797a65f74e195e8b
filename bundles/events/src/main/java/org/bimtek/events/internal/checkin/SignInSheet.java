package org.bimtek.events.internal.checkin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.Wita;

/**
 * The printed sign-in sheet (daftar hadir): A4 portrait, the event's title, date and place on top, then a table of
 * the participants with a column to sign in, continued on as many pages as it takes, with the table's head repeated.
 * Standard fonts, nothing embedded: a sheet of 30 names is a few kilobytes.
 */
public final class SignInSheet {

    private static final float MARGIN = 40;
    private static final float ROW = 26;
    private static final float HEAD_ROW = 20;
    private static final float[] WIDTHS = {28, 205, 167, 115};
    private static final String[] HEADS = {"No", "Nama", "Unit", "Tanda tangan"};
    private static final float TEXT = 9.5f;
    /** Where the values of "Waktu" and "Tempat" start, so that they line up. */
    private static final float LABEL = 48;

    private SignInSheet() {
    }

    /** The participants with a seat, in the order given (by name). */
    public static byte[] render(Event event, List<AttendanceRow> rows) {
        // A fresh font set per document: PDType1Font keeps per-document state while saving (see certification).
        PDFont regular = new PDType1Font(FontName.HELVETICA);
        PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(WinAnsiText.sanitize("Daftar hadir: " + event.title()));
            info.setCreator("Bimtek");
            int index = 0;
            int pageNumber = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float top = page.getMediaBox().getHeight() - MARGIN;
                    float y = pageNumber == 1 ? heading(content, event, regular, bold, top) : top;
                    y = tableHead(content, bold, y);
                    while (index < rows.size() && y - ROW >= MARGIN + 20) {
                        row(content, regular, index + 1, rows.get(index), y);
                        y -= ROW;
                        index++;
                    }
                    footer(content, regular, pageNumber);
                }
            } while (index < rows.size());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float heading(PDPageContentStream content, Event event, PDFont regular, PDFont bold, float top) throws IOException {
        float y = top - 14;
        text(content, bold, 14, MARGIN, y, "DAFTAR HADIR");
        y -= 20;
        for (String line : wrap(WinAnsiText.sanitize(event.title()), bold, 12, width())) {
            text(content, bold, 12, MARGIN, y, line);
            y -= 16;
        }
        y -= 2;
        text(content, regular, 10, MARGIN, y, "Waktu");
        text(content, regular, 10, MARGIN + LABEL, y, WinAnsiText.sanitize(Wita.span(event.startsAt(), event.endsAt())));
        y -= 14;
        text(content, regular, 10, MARGIN, y, "Tempat");
        String where = event.place() != null ? event.place() : "Daring: " + event.onlineUrl();
        for (String line : wrap(WinAnsiText.sanitize(where), regular, 10, width() - LABEL)) {
            text(content, regular, 10, MARGIN + LABEL, y, line);
            y -= 14;
        }
        return y - 10;
    }

    private static float tableHead(PDPageContentStream content, PDFont bold, float y) throws IOException {
        float x = MARGIN;
        content.setNonStrokingColor(0.9f, 0.92f, 0.95f);
        content.addRect(MARGIN, y - HEAD_ROW, width(), HEAD_ROW);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < HEADS.length; i++) {
            text(content, bold, TEXT, x + 4, y - HEAD_ROW + 6.5f, HEADS[i]);
            x += WIDTHS[i];
        }
        grid(content, y, HEAD_ROW);
        return y - HEAD_ROW;
    }

    private static void row(PDPageContentStream content, PDFont regular, int number, AttendanceRow r, float y) throws IOException {
        float base = y - ROW + 9.5f;
        float x = MARGIN;
        String[] cells = {Integer.toString(number), r.name(), r.unit() == null ? "" : r.unit()};
        for (int i = 0; i < cells.length; i++) {
            text(content, regular, TEXT, x + 4, base, fit(WinAnsiText.sanitize(cells[i]), regular, TEXT, WIDTHS[i] - 8));
            x += WIDTHS[i];
        }
        if (r.checkedInAt() != null) {
            // The desk's record, small and grey, so a signature still fits above it.
            content.setNonStrokingColor(0.45f, 0.45f, 0.45f);
            text(content, regular, 6.5f, x + 4, y - ROW + 3, "check-in " + Wita.time(r.checkedInAt()) + " WITA");
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        grid(content, y, ROW);
    }

    private static void grid(PDPageContentStream content, float y, float height) throws IOException {
        content.setLineWidth(0.6f);
        content.addRect(MARGIN, y - height, width(), height);
        float x = MARGIN;
        for (int i = 0; i < WIDTHS.length - 1; i++) {
            x += WIDTHS[i];
            content.moveTo(x, y);
            content.lineTo(x, y - height);
        }
        content.stroke();
    }

    private static void footer(PDPageContentStream content, PDFont regular, int page) throws IOException {
        content.setNonStrokingColor(0.45f, 0.45f, 0.45f);
        text(content, regular, 8, MARGIN, MARGIN - 14, "Bimtek - halaman " + page);
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    private static float width() {
        float sum = 0;
        for (float w : WIDTHS) {
            sum += w;
        }
        return sum;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float widthOf(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text cut to the width with an ellipsis: a long unit name must not run into the signature column. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        if (widthOf(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && widthOf(cut + WinAnsiText.ELLIPSIS, font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + WinAnsiText.ELLIPSIS;
    }

    /** Word-wrapped lines, at most three (the rest cut with an ellipsis): a title longer than that is an error of its own. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < 3; i++) {
            fitted.add(fit(i == 2 && lines.size() > 3 ? String.join(" ", lines.subList(2, lines.size())) : lines.get(i), font, size, width));
        }
        return fitted;
    }
}
