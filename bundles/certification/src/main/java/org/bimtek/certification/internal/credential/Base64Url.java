package org.bimtek.certification.internal.credential;

import java.util.Base64;

/**
 * Base64url without padding (RFC 7515 section 2), decoded strictly.
 *
 * <p>The JDK decoder accepts padding and ignores the unused low bits of the last character, so
 * several different strings decode to the same bytes. A tampered token must not be able to hide
 * behind such an alternative spelling, hence only the one canonical encoding of a byte array is
 * accepted here.
 */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * @throws IllegalArgumentException for padding, whitespace, characters outside the url-safe
     *     alphabet, an impossible length or non-zero unused bits in the last character
     */
    public static byte[] decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("base64url text is null");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isAlphabet(text.charAt(i))) {
                throw new IllegalArgumentException("not a base64url character at index " + i);
            }
        }
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("impossible base64url length " + text.length());
        }
        byte[] bytes = DECODER.decode(text);
        // Re-encoding is the simplest exact test for "the unused bits were zero".
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("non-canonical base64url encoding");
        }
        return bytes;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
    }
}
