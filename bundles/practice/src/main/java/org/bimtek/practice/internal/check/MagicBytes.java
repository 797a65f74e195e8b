package org.bimtek.practice.internal.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the accepted file kinds from their first bytes. Anything that is
 * not clearly one of them (HTML, SVG, PDF, ZIP, executables, text...) is
 * rejected, so a renamed file cannot slip through as a "photo".
 */
public final class MagicBytes {

    /** Enough for every signature below: ISO BMFF needs 4 (size) + "ftyp" + 4 (brand). */
    private static final int BYTES_NEEDED = 12;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] FTYP = {'f', 't', 'y', 'p'};

    private static final String QUICKTIME_BRAND = "qt  ";

    /**
     * HEIF/AVIF photos are ISO BMFF files too. Calling them video/mp4 would be
     * wrong, and the platform does not accept them as photos, so they are
     * rejected like any other unknown file.
     */
    private static final Set<String> STILL_IMAGE_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis", "crx ");

    private MagicBytes() {
    }

    /** How many leading bytes {@link #detect(byte[])} needs at least. */
    public static int bytesNeeded() {
        return BYTES_NEEDED;
    }

    /**
     * @param head the first bytes of the file (callers pass up to 64 KiB)
     * @return the kind, or empty when the content is not an accepted kind
     */
    public static Optional<FileKind> detect(byte[] head) {
        if (head == null || head.length < BYTES_NEEDED) {
            return Optional.empty();
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, 0, EBML)) {
            return Optional.of(FileKind.WEBM);
        }
        if (startsWith(head, 4, FTYP)) {
            return isoMediaKind(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
        return Optional.empty();
    }

    private static Optional<FileKind> isoMediaKind(String majorBrand) {
        if (QUICKTIME_BRAND.equals(majorBrand)) {
            return Optional.of(FileKind.MOV);
        }
        if (STILL_IMAGE_BRANDS.contains(majorBrand)) {
            return Optional.empty();
        }
        return Optional.of(FileKind.MP4);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        return data.length >= offset + signature.length
                && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
    }
}
