package org.bimtek.events.internal.enrol;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Personal check-in codes: 10 characters from an alphabet without the look-alikes 0/O, 1/I/L, so that a code read
 * aloud or typed from a phone's screen comes out right. 31^10 (about 8 x 10^14) codes, drawn from SecureRandom:
 * nobody guesses another participant's code.
 */
public final class CheckInCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as typed or scanned, made canonical: upper case, with spaces and dashes dropped. Empty when it cannot
     * be a code (wrong length, or a character no code has).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(c);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
