package org.bimtek.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned script, {@code V<version>__<description>.sql}, with its text. */
record MigrationScript(int version, String name, String text) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w.-]+\\.sql");

    /** Parses the version out of the file name; null when the name does not follow the pattern. */
    static MigrationScript of(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), fileName, text);
    }

    /** SHA-256 of the text with line endings normalised, so a checkout on Windows does not count as a change. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
