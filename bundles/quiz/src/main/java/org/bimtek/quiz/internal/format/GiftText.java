package org.bimtek.quiz.internal.format;

import java.util.List;

/**
 * The lines of one GIFT question joined into one text, with the escapes resolved up front: {@code \~ \= \# \{ \}
 * \: \\} become the plain character and {@code \n} a newline. Each character remembers whether it was escaped,
 * so that the parser can look for the special characters without tripping over escaped ones, and which line
 * it came from, so that an error can name the line it is on.
 */
final class GiftText {

    /** One line of the file, numbered from 1. */
    record Line(int number, String text) {
    }

    private static final String ESCAPABLE = "~=#{}:\\";

    private final char[] chars;
    private final boolean[] escaped;
    private final int[] lines;
    private final int length;

    private GiftText(char[] chars, boolean[] escaped, int[] lines, int length) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.length = length;
    }

    static GiftText of(List<Line> source) {
        int capacity = 0;
        for (Line line : source) {
            capacity += line.text().length() + 1;
        }
        char[] chars = new char[capacity];
        boolean[] escaped = new boolean[capacity];
        int[] lines = new int[capacity];
        int n = 0;
        for (Line line : source) {
            if (n > 0) {
                chars[n] = '\n';
                lines[n] = lines[n - 1];
                n++;
            }
            String s = line.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                lines[n] = line.number();
                if (c == '\\' && i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    if (ESCAPABLE.indexOf(next) >= 0 || next == 'n') {
                        chars[n] = next == 'n' ? '\n' : next;
                        escaped[n] = true;
                        n++;
                        i++;
                        continue;
                    }
                }
                chars[n++] = c;
            }
        }
        return new GiftText(chars, escaped, lines, n);
    }

    int length() {
        return length;
    }

    /** Whether position {@code i} holds {@code c} with its GIFT meaning (not escaped). */
    boolean isSpecial(int i, char c) {
        return i >= 0 && i < length && chars[i] == c && !escaped[i];
    }

    boolean startsWith(String special, int from) {
        if (from < 0 || from + special.length() > length) {
            return false;
        }
        for (int k = 0; k < special.length(); k++) {
            if (!isSpecial(from + k, special.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first unescaped {@code c} in {@code [from, to)}, or -1. */
    int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSpecial(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first occurrence of {@code special}, none of it escaped, that lies wholly in {@code [from, to)}, or -1. */
    int indexOf(String special, int from, int to) {
        for (int i = from; i + special.length() <= to; i++) {
            if (startsWith(special, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Like {@link #indexOf(String, int, int)}, but the last occurrence. */
    int lastIndexOf(String special, int from, int to) {
        for (int i = to - special.length(); i >= from; i--) {
            if (startsWith(special, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first position in {@code [from, to)} that is not white space, or {@code to}. */
    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(chars[i]) && !escaped[i]) {
            i++;
        }
        return i;
    }

    /** The characters of {@code [from, to)}, escapes resolved, white space stripped at both ends. */
    String text(int from, int to) {
        return from >= to ? "" : new String(chars, from, to - from).strip();
    }

    /** The file line of position {@code i}; past the end, the last line. */
    int line(int i) {
        if (length == 0) {
            return 0;
        }
        return lines[Math.max(0, Math.min(i, length - 1))];
    }
}
