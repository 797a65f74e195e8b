package org.bimtek.certification.internal.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {

    @Test
    void roundTripsWithoutPadding() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x01, 0x02};
        String text = Base64Url.encode(bytes);
        assertEquals("-_8BAg", text);
        assertArrayEquals(bytes, Base64Url.decode(text));
        assertArrayEquals(new byte[0], Base64Url.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-_8BAg==", "+/8BAg", "-_8B Ag", "-_8BAg\n", "-_8BA", "-_8BAh", "ab%c"})
    void rejectsPaddingForeignCharactersWhitespaceAndNonCanonicalForms(String text) {
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode(text));
    }

    @Test
    void nonCanonicalTailWouldOtherwiseDecodeToTheSameBytes() {
        // "QQ" and "QR" both decode to "A" in the JDK decoder; only "QQ" is canonical.
        assertArrayEquals("A".getBytes(StandardCharsets.US_ASCII), Base64Url.decode("QQ"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("QR"));
    }
}
