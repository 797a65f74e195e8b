package org.bimtek.certification.internal.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List v1.0: a GZIP-compressed bitstring in
 * multibase base64url ({@code u} prefix, no padding).
 *
 * <p>The spec numbers bits from the left: index 0 is the most significant bit of the first
 * byte, which is the opposite of {@link BitSet#toByteArray()}, so the bytes are built by hand.
 */
public final class StatusList {

    /** 16 KiB: the spec's minimum, so one revocation does not single out its holder. */
    public static final int MIN_BITS = 131072;

    /** Far above any real list (16 KiB compresses to a few dozen bytes), but bounds a zip bomb. */
    static final int MAX_DECOMPRESSED_BYTES = 16 * 1024 * 1024;

    private static final char MULTIBASE_BASE64URL = 'u';

    private StatusList() {
    }

    /**
     * @param bits the list length; rounded up to whole bytes and to at least {@link #MIN_BITS}
     * @throws IllegalArgumentException if a set bit lies beyond the list: dropping it silently
     *     would un-revoke a credential
     */
    public static String encode(BitSet set, int bits) {
        if (bits < 0) {
            throw new IllegalArgumentException("negative list length " + bits);
        }
        int length = Math.max(roundUpToByte(bits), MIN_BITS);
        if (set.length() > length) {
            throw new IllegalArgumentException("bit " + (set.length() - 1) + " lies beyond a list of " + length);
        }
        byte[] bytes = new byte[length / 8];
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        return MULTIBASE_BASE64URL + Base64Url.encode(gzip(bytes));
    }

    /** @throws IllegalArgumentException for a missing {@code u}, bad base64url, bad gzip or an oversized list */
    public static BitSet decode(String encoded) {
        byte[] bytes = decodeBytes(encoded);
        BitSet set = new BitSet(bytes.length * 8);
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                if ((bytes[i] & (0x80 >>> bit)) != 0) {
                    set.set(i * 8 + bit);
                }
            }
        }
        return set;
    }

    /**
     * @throws IndexOutOfBoundsException if the index lies outside the list: the spec treats that
     *     as an error, and reading it as "not set" would report a credential as not revoked
     * @throws IllegalArgumentException as {@link #decode(String)}
     */
    public static boolean isSet(String encoded, int index) {
        byte[] bytes = decodeBytes(encoded);
        if (index < 0 || index >= bytes.length * 8L) {
            throw new IndexOutOfBoundsException("index " + index + " outside a list of " + bytes.length * 8L);
        }
        return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    private static byte[] decodeBytes(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("status list must be multibase base64url (prefix 'u')");
        }
        return gunzip(Base64Url.decode(encoded.substring(1)));
    }

    private static int roundUpToByte(int bits) {
        return (int) Math.min(Integer.MAX_VALUE - 7, ((long) bits + 7) / 8 * 8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory gzip failed", e);
        }
        return out.toByteArray();
    }

    /** Reads in chunks and stops at the cap, so a bomb is refused before it is inflated in full. */
    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > MAX_DECOMPRESSED_BYTES) {
                    throw new IllegalArgumentException("status list inflates beyond " + MAX_DECOMPRESSED_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("status list is not valid gzip", e);
        }
    }
}
