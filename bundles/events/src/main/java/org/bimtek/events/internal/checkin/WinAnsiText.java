package org.bimtek.events.internal.checkin;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes arbitrary text printable with the Standard 14 fonts, which only encode WinAnsi.
 *
 * <p>Names come from user input and may hold anything (dotted consonants, CJK, emoji,
 * decomposed accents). PDFBox throws on an unencodable character, and a sign-in sheet
 * must never fail to render because of a name, so we degrade instead: keep what WinAnsi
 * has, transliterate what has an obvious Latin base, and print {@code ?} for the rest
 * so the reader can see that something was there. The certificate PDF's rules, copied:
 * that class is internal to certification.
 */
final class WinAnsiText {

    /** Code points the WinAnsi encoding can show, computed once from PDFBox's own tables. */
    private static final BitSet ENCODABLE = buildEncodableSet();

    /** Not in WinAnsi but with a conventional stand-in that is. */
    private static final Map<Integer, String> SUBSTITUTES = Map.ofEntries(
        Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
        Map.entry(0x2015, "\u2014"), Map.entry(0x2212, "-"),
        Map.entry(0x2032, "'"), Map.entry(0x2033, "\""),
        Map.entry(0x201B, "\u2018"), Map.entry(0x201F, "\u201C"),
        Map.entry(0x2024, "."), Map.entry(0x2027, "\u00B7"), Map.entry(0x2044, "/"),
        Map.entry(0x02BB, "\u2018"), Map.entry(0x02BC, "\u2019"),
        // Letters that NFKD does not decompose into base + mark.
        Map.entry(0x0141, "L"), Map.entry(0x0142, "l"), Map.entry(0x0110, "D"),
        Map.entry(0x0111, "d"), Map.entry(0x0126, "H"), Map.entry(0x0127, "h"),
        Map.entry(0x0131, "i"), Map.entry(0x014A, "N"), Map.entry(0x014B, "n"));

    static final String ELLIPSIS = isEncodable('\u2026') ? "\u2026" : "...";

    private WinAnsiText() {
    }

    static boolean isEncodable(int codePoint) {
        return codePoint >= 0 && codePoint < ENCODABLE.size() && ENCODABLE.get(codePoint);
    }

    /**
     * Returns text every character of which a Standard 14 text font can encode, with
     * runs of white space collapsed; {@code null} becomes the empty string.
     */
    static String sanitize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // NFC first so that "e" + combining acute becomes the single encodable "é".
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> appendPrintable(out, cp));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static void appendPrintable(StringBuilder out, int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            // Before the encodability check: WinAnsi has a no-break space, but a name
            // with one would neither wrap nor collapse like a normal space.
            out.append(' ');
        } else if (isEncodable(cp)) {
            out.appendCodePoint(cp);
        } else if (isInvisible(cp)) {
            // a stray combining mark, zero-width joiner, variation selector or
            // emoji skin tone carries no letter of its own: drop it
        } else if (SUBSTITUTES.containsKey(cp)) {
            out.append(SUBSTITUTES.get(cp));
        } else {
            out.append(transliterate(cp));
        }
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.FORMAT
            || type == Character.CONTROL
            || (cp >= 0x1F3FB && cp <= 0x1F3FF); // Fitzpatrick skin-tone modifiers
    }

    /** "Ṡ" -> "S", "ﬁ" -> "fi", "Ａ" -> "A"; anything without a WinAnsi base -> "?". */
    private static String transliterate(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int part = decomposed.codePointAt(i);
            i += Character.charCount(part);
            if (isInvisible(part)) {
                continue;
            }
            if (!isEncodable(part)) {
                return "?";
            }
            base.appendCodePoint(part);
        }
        return base.length() == 0 ? "?" : base.toString();
    }

    private static BitSet buildEncodableSet() {
        BitSet set = new BitSet(0x2200);
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        for (String glyphName : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = glyphs.toUnicode(glyphName);
            if (unicode == null || ".notdef".equals(glyphName) || unicode.codePointCount(0, unicode.length()) != 1) {
                continue;
            }
            int cp = unicode.codePointAt(0);
            if (!Character.isISOControl(cp)) {
                set.set(cp);
            }
        }
        return set;
    }
}
