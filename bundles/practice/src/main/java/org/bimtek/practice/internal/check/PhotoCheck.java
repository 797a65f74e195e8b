package org.bimtek.practice.internal.check;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Pre-checks for a photo: size, orientation and the EXIF date taken. */
public final class PhotoCheck {

    static final String RESOLUTION = "resolution";
    static final String ORIENTATION = "orientation";
    static final String EXIF_DATE = "exif-date";
    static final String UNREADABLE = "unreadable";

    private static final Logger LOG = LoggerFactory.getLogger(PhotoCheck.class);

    private PhotoCheck() {
    }

    /**
     * Never throws for a bad file: whatever cannot be read becomes an {@code unreadable}
     * finding, because the pre-check is advice and must not break the submit page.
     */
    public static PhotoReport check(Path file, FileKind kind, PhotoLimits limits, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        if (kind != FileKind.JPEG && kind != FileKind.PNG) {
            throw new IllegalArgumentException("not a photo kind: " + kind);
        }

        Metadata metadata;
        try {
            metadata = readMetadata(file, kind);
        } catch (IOException | ImageProcessingException | RuntimeException e) {
            LOG.debug("Cannot read photo metadata of {}", file, e);
            return unreadable();
        }
        int[] size = storedSize(metadata, kind);
        if (size == null) {
            LOG.debug("No image size in photo metadata of {}", file);
            return unreadable();
        }

        boolean turnedOnItsSide = isRotatedQuarterTurn(metadata);
        int width = turnedOnItsSide ? size[1] : size[0];
        int height = turnedOnItsSide ? size[0] : size[1];
        String orientation = orientationOf(width, height);
        Instant takenAt = ExifDateTaken.read(metadata);

        List<Finding> findings = List.of(
                resolutionFinding(width, height, limits),
                orientationFinding(orientation),
                dateFinding(takenAt, clock));
        return new PhotoReport(width, height, orientation, takenAt, findings);
    }

    private static Metadata readMetadata(Path file, FileKind kind) throws IOException, ImageProcessingException {
        // metadata-extractor reads the headers from the stream and stops; the pixels stay on disk.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return kind == FileKind.JPEG ? JpegMetadataReader.readMetadata(in) : PngMetadataReader.readMetadata(in);
        }
    }

    /** @return {width, height} as stored in the file, or null when missing */
    private static int[] storedSize(Metadata metadata, FileKind kind) {
        Directory directory = kind == FileKind.JPEG
                ? metadata.getFirstDirectoryOfType(JpegDirectory.class)
                : metadata.getFirstDirectoryOfType(PngDirectory.class);
        int widthTag = kind == FileKind.JPEG ? JpegDirectory.TAG_IMAGE_WIDTH : PngDirectory.TAG_IMAGE_WIDTH;
        int heightTag = kind == FileKind.JPEG ? JpegDirectory.TAG_IMAGE_HEIGHT : PngDirectory.TAG_IMAGE_HEIGHT;
        if (directory == null) {
            return null;
        }
        Integer width = directory.getInteger(widthTag);
        Integer height = directory.getInteger(heightTag);
        if (width == null || height == null || width <= 0 || height <= 0) {
            return null;
        }
        return new int[] {width, height};
    }

    /**
     * Phones store pixels as the sensor saw them and record the turn in EXIF
     * Orientation; values 5 to 8 mean a quarter turn, so the photo is shown
     * with width and height swapped.
     */
    private static boolean isRotatedQuarterTurn(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null) {
            return false;
        }
        Integer orientation = ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
        return orientation != null && orientation >= 5 && orientation <= 8;
    }

    private static String orientationOf(int width, int height) {
        if (width == height) {
            return PhotoReport.SQUARE;
        }
        return width > height ? PhotoReport.LANDSCAPE : PhotoReport.PORTRAIT;
    }

    private static Finding resolutionFinding(int width, int height, PhotoLimits limits) {
        if (MinimumResolution.isMet(width, height, limits.minWidth(), limits.minHeight())) {
            return Finding.ok(RESOLUTION, MinimumResolution.okMessage(width, height));
        }
        return Finding.warning(RESOLUTION,
                MinimumResolution.belowMinimumMessage(width, height, limits.minWidth(), limits.minHeight()));
    }

    private static Finding orientationFinding(String orientation) {
        String label = switch (orientation) {
            case PhotoReport.LANDSCAPE -> "lanskap";
            case PhotoReport.PORTRAIT -> "potret";
            default -> "persegi";
        };
        return Finding.info(ORIENTATION, "Orientasi " + label + ".");
    }

    private static Finding dateFinding(Instant takenAt, Clock clock) {
        if (takenAt == null) {
            return Finding.warning(EXIF_DATE, "Tanggal pengambilan (EXIF) tidak ada; "
                    + "pastikan foto ini memang dari kegiatan yang diberitakan.");
        }
        String when = IndonesianText.dateTimeWita(takenAt);
        if (takenAt.isAfter(clock.instant())) {
            return Finding.warning(EXIF_DATE, "Tanggal pengambilan (EXIF) " + when
                    + " ada di masa depan; periksa jam kamera atau ponsel Anda.");
        }
        return Finding.info(EXIF_DATE, "Diambil " + when + ".");
    }

    private static PhotoReport unreadable() {
        return new PhotoReport(0, 0, null, null, List.of(Finding.warning(UNREADABLE,
                "Foto tidak dapat dibaca; pastikan berkasnya utuh dan berformat JPEG atau PNG.")));
    }
}
