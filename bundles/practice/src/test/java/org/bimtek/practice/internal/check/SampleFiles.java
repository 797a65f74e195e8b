package org.bimtek.practice.internal.check;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds small sample files byte by byte, so the tests need nothing from outside. */
final class SampleFiles {

    private SampleFiles() {
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ images

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Inserts an APP1 "Exif" segment right after the JPEG's SOI marker, where cameras put it. */
    static byte[] withExif(byte[] jpeg, byte[] tiff) {
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int segmentLength = 2 + exifHeader.length + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + segmentLength);
        out.put(jpeg, 0, 2);                                   // FF D8
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) segmentLength);
        out.put(exifHeader).put(tiff);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /**
     * A big-endian TIFF structure: IFD0 with Orientation (if > 0) and a pointer to
     * the Exif IFD, which holds DateTimeOriginal and, if given, OffsetTimeOriginal.
     */
    static byte[] exifTiff(int orientation, String dateTimeOriginal, String offsetTimeOriginal) {
        List<IfdEntry> ifd0 = new ArrayList<>();
        if (orientation > 0) {
            ifd0.add(IfdEntry.shortValue(0x0112, orientation));
        }
        List<IfdEntry> exifIfd = new ArrayList<>();
        exifIfd.add(IfdEntry.ascii(0x9003, dateTimeOriginal));
        if (offsetTimeOriginal != null) {
            exifIfd.add(IfdEntry.ascii(0x9011, offsetTimeOriginal));
        }

        int ifd0Offset = 8;
        int exifIfdOffset = ifd0Offset + ifdSize(ifd0.size() + 1);
        int dataOffset = exifIfdOffset + ifdSize(exifIfd.size());
        ifd0.add(IfdEntry.longValue(0x8769, exifIfdOffset));  // ExifIFDPointer; highest tag, stays last

        ByteBuffer tiff = ByteBuffer.allocate(1024);          // big-endian is ByteBuffer's default
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0Offset);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        writeIfd(tiff, ifd0, dataOffset, data);
        writeIfd(tiff, exifIfd, dataOffset, data);
        tiff.put(data.toByteArray());
        byte[] result = new byte[tiff.position()];
        tiff.flip().get(result);
        return result;
    }

    private static int ifdSize(int entries) {
        return 2 + 12 * entries + 4;
    }

    private static void writeIfd(ByteBuffer tiff, List<IfdEntry> entries, int dataOffset, ByteArrayOutputStream data) {
        tiff.putShort((short) entries.size());
        for (IfdEntry entry : entries) {
            tiff.putShort((short) entry.tag).putShort((short) entry.type).putInt(entry.count);
            if (entry.value.length <= 4) {
                tiff.put(entry.value).put(new byte[4 - entry.value.length]);
            } else {
                tiff.putInt(dataOffset + data.size());
                data.writeBytes(entry.value);
            }
        }
        tiff.putInt(0); // no next IFD
    }

    private record IfdEntry(int tag, int type, int count, byte[] value) {
        static IfdEntry shortValue(int tag, int value) {
            return new IfdEntry(tag, 3, 1, ByteBuffer.allocate(2).putShort((short) value).array());
        }

        static IfdEntry longValue(int tag, int value) {
            return new IfdEntry(tag, 4, 1, ByteBuffer.allocate(4).putInt(value).array());
        }

        static IfdEntry ascii(int tag, String value) {
            byte[] bytes = (value + "\0").getBytes(StandardCharsets.US_ASCII);
            return new IfdEntry(tag, 2, bytes.length, bytes);
        }
    }

    // ------------------------------------------------------------------ ISO BMFF video

    /** 16.16 fixed-point identity matrix and a 90 degree clockwise turn, as phones write them. */
    static final int[] IDENTITY = {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000};
    static final int[] TURNED_90 = {0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000};

    static byte[] mp4(String brand, long timeScale, long duration, int width, int height) {
        return isoMedia(brand, timeScale, duration, width, height, IDENTITY, 0);
    }

    /**
     * ftyp, moov (mvhd, one video trak: tkhd, mdia with mdhd, hdlr "vide", minf/vmhd,
     * stbl/stsd with one visual sample entry) and mdat. metadata-extractor takes width
     * and height from the sample entry and the turn from tkhd, so both carry the size.
     *
     * @param mdatBytes size of the (zero-filled) media data; if > 0 it is written before moov,
     *                  as many cameras do, so the reader must skip it
     */
    static byte[] isoMedia(String brand, long timeScale, long duration, int width, int height,
                           int[] matrix, int mdatBytes) {
        byte[] ftyp = box("ftyp", ascii(brand), u32(0), ascii(brand), ascii("mp41"));
        byte[] mvhd = box("mvhd", u32(0), u32(0), u32(0), u32(timeScale), u32(duration),
                u32(0x00010000), u16(0x0100), new byte[10], matrix(IDENTITY), new byte[24], u32(2));
        byte[] tkhd = box("tkhd", u32(0x00000007), u32(0), u32(0), u32(1), u32(0), u32(duration),
                new byte[8], u16(0), u16(0), u16(0), u16(0), matrix(matrix),
                u32((long) width << 16), u32((long) height << 16));
        byte[] mdhd = box("mdhd", u32(0), u32(0), u32(0), u32(timeScale), u32(duration), u16(0x55C4), u16(0));
        // An empty name (a single 0 byte) reads fine both as a C string (MP4) and a Pascal string (QuickTime).
        byte[] hdlr = box("hdlr", u32(0), ascii("mhlr"), ascii("vide"), new byte[12], new byte[] {0});
        byte[] vmhd = box("vmhd", u32(1), u16(0), u16(0), u16(0), u16(0));
        byte[] sampleEntry = box("avc1", new byte[6], u16(1), new byte[16], u16(width), u16(height),
                u32(0x00480000), u32(0x00480000), u32(0), u16(1), new byte[32], u16(0x18), u16(0xFFFF));
        byte[] stsd = box("stsd", u32(0), u32(1), sampleEntry);
        byte[] trak = box("trak", tkhd, box("mdia", mdhd, hdlr, box("minf", vmhd, box("stbl", stsd))));
        byte[] moov = box("moov", mvhd, trak);
        byte[] mdat = box("mdat", new byte[mdatBytes]);
        return mdatBytes > 0 ? concat(ftyp, mdat, moov) : concat(ftyp, moov, mdat);
    }

    static byte[] box(String type, byte[]... parts) {
        byte[] body = concat(parts);
        return concat(u32(8 + body.length), ascii(type), body);
    }

    private static byte[] matrix(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(36);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    private static byte[] u32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }

    private static byte[] u16(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
