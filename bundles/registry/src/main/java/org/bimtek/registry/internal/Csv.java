package org.bimtek.registry.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer. Spreadsheets in Indonesia save CSV with ';' as often
 * as ',' (the decimal comma moves the list separator), with or without a UTF-8 BOM: the
 * separator is taken from the header line, the BOM dropped. Quoted fields may hold either
 * separator, doubled quotes and line breaks. Each record keeps the line it started on, so
 * that errors name the row a person sees in a text editor or spreadsheet.
 *
 * Written here rather than taken from Commons CSV: it neither detects the separator nor
 * rejects bad UTF-8 itself, and this stays one class with no extra bundle to deploy.
 */
final class Csv {

    /** One record: its fields and the 1-based line it starts on. */
    record Record(int line, List<String> fields) {
    }

    /** A parsed file: its separator, header and records (the header excluded). */
    record Table(char separator, List<String> header, List<Record> records) {
    }

    /** A file that cannot be read as CSV at all; {@code line} is where that became clear. */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final char QUOTE = '"';

    private Csv() {
    }

    static Table parse(byte[] bytes) throws CsvException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = detectSeparator(text);
        List<Record> all = records(text, separator);
        if (all.isEmpty()) {
            throw new CsvException(1, "berkas kosong: baris pertama harus berisi nama kolom");
        }
        List<String> header = all.get(0).fields().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        return new Table(separator, header, all.subList(1, all.size()));
    }

    /** Strict UTF-8: a file saved as Windows-1252 is refused, not read as mojibake. */
    private static String decode(byte[] bytes) throws CsvException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException(1, "berkas bukan UTF-8; simpan ulang sebagai \"CSV UTF-8\"");
        }
    }

    /** Whichever of ';' and ',' occurs more often outside quotes in the first line; ',' on a tie. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<Record> records(String text, char separator) throws CsvException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i += 2;
                    continue;
                }
                if (ch == QUOTE) {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                i++;
                continue;
            }
            if (ch == QUOTE) {
                if (field.length() > 0 && !field.toString().isBlank() || wasQuoted) {
                    throw new CsvException(line, "tanda kutip di tengah kolom; apit seluruh isi kolom dengan \"...\"");
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else if (wasQuoted && ch != ' ') {
                throw new CsvException(line, "teks setelah tanda kutip penutup; apit seluruh isi kolom dengan \"...\"");
            } else if (!wasQuoted) {
                field.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new CsvException(recordLine, "tanda kutip tidak ditutup");
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** Writes a header and rows as UTF-8 with a BOM (so that spreadsheets read it as UTF-8), ',' separated, CRLF lines. */
    static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(guard(fields.get(i))));
        }
        out.append("\r\n");
    }

    /**
     * A value a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe; {@link #unguard} takes it off again on import, so a file round-trips.
     */
    static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    static String unguard(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'') {
            char next = value.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }

    private static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
