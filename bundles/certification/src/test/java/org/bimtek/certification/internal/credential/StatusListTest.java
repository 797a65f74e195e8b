package org.bimtek.certification.internal.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class StatusListTest {

    private static byte[] inflate(String encoded) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(
                new ByteArrayInputStream(Base64Url.decode(encoded.substring(1))))) {
            return in.readAllBytes();
        }
    }

    private static String gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return "u" + Base64Url.encode(out.toByteArray());
    }

    @Test
    void setBitsRoundTripExactly() {
        BitSet set = new BitSet();
        set.set(3);
        set.set(131071);
        String encoded = StatusList.encode(set, StatusList.MIN_BITS);

        assertTrue(encoded.startsWith("u"));
        assertEquals(set, StatusList.decode(encoded));
        assertTrue(StatusList.isSet(encoded, 3));
        assertTrue(StatusList.isSet(encoded, 131071));
        assertFalse(StatusList.isSet(encoded, 4));
        assertFalse(StatusList.isSet(encoded, 0));
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() throws IOException {
        BitSet set = new BitSet();
        set.set(0);
        set.set(15);
        byte[] bytes = inflate(StatusList.encode(set, StatusList.MIN_BITS));
        assertEquals((byte) 0x80, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
    }

    @Test
    void shortListsArePaddedToTheHerdPrivacyMinimum() throws IOException {
        assertEquals(StatusList.MIN_BITS / 8, inflate(StatusList.encode(new BitSet(), 8)).length);
        BitSet set = new BitSet();
        set.set(StatusList.MIN_BITS);
        assertEquals(StatusList.MIN_BITS / 8 + 1, inflate(StatusList.encode(set, StatusList.MIN_BITS + 1)).length);
    }

    @Test
    void setBitBeyondTheListIsRefused() {
        BitSet set = new BitSet();
        set.set(StatusList.MIN_BITS);
        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(set, 100));
        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(new BitSet(), -1));
    }

    @Test
    void indexOutsideTheListIsAnError() {
        String encoded = StatusList.encode(new BitSet(), 0);
        assertThrows(IndexOutOfBoundsException.class, () -> StatusList.isSet(encoded, StatusList.MIN_BITS));
        assertThrows(IndexOutOfBoundsException.class, () -> StatusList.isSet(encoded, -1));
    }

    @Test
    void gzipBombIsRefused() throws IOException {
        String bomb = gzipped(new byte[20 * 1024 * 1024]);
        assertTrue(bomb.length() < 100_000, "the bomb must be small on the wire");
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(bomb));
        assertThrows(IllegalArgumentException.class, () -> StatusList.isSet(bomb, 0));
    }

    @Test
    void listJustBelowTheCapIsAccepted() throws IOException {
        String large = gzipped(new byte[StatusList.MAX_DECOMPRESSED_BYTES]);
        assertTrue(StatusList.decode(large).isEmpty());
    }

    @Test
    void malformedEncodingsAreRefused() throws IOException {
        String valid = StatusList.encode(new BitSet(), 0);
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(valid.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("z" + valid.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(valid + "="));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("u" + Base64Url.encode(new byte[] {1, 2, 3})));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(""));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(null));
    }
}
