package org.bimtek.certification.internal.credential;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal RFC 7468 PEM: enough for the key files this package writes itself. */
final class Pem {

    private static final int LINE_LENGTH = 64;

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getEncoder().encodeToString(der);
        StringBuilder pem = new StringBuilder();
        pem.append("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < body.length(); i += LINE_LENGTH) {
            pem.append(body, i, Math.min(body.length(), i + LINE_LENGTH)).append('\n');
        }
        pem.append("-----END ").append(label).append("-----\n");
        return pem.toString();
    }

    /**
     * Returns the DER bytes of the first block with the given label; other blocks are ignored so
     * that one file can hold both halves of a key pair.
     *
     * @throws IllegalArgumentException if there is no such block or its body is not base64
     */
    static byte[] decode(String text, String label) {
        if (text == null) {
            throw new IllegalArgumentException("PEM text is null");
        }
        Pattern block = Pattern.compile(
                "-----BEGIN " + Pattern.quote(label) + "-----(.*?)-----END " + Pattern.quote(label) + "-----",
                Pattern.DOTALL);
        Matcher matcher = block.matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no PEM block labelled " + label);
        }
        // Line breaks are the only layout allowed; the strict (non-MIME) decoder then rejects
        // any stray character instead of silently skipping it.
        String body = matcher.group(1).replaceAll("[\\r\\n]", "");
        return Base64.getDecoder().decode(body);
    }
}
