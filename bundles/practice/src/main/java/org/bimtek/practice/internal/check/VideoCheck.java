package org.bimtek.practice.internal.check;

import com.drew.imaging.mp4.Mp4MetadataReader;
import com.drew.imaging.quicktime.QuickTimeMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Pre-checks for a short video: duration and size, read from the container's headers. */
public final class VideoCheck {

    static final String DURATION = "duration";
    static final String RESOLUTION = "resolution";
    static final String UNREADABLE = "unreadable";

    private static final Logger LOG = LoggerFactory.getLogger(VideoCheck.class);

    private VideoCheck() {
    }

    /** What the movie header and the first video track say. */
    private record ContainerFacts(double seconds, int width, int height) {
    }

    /**
     * Never throws for a bad file: whatever cannot be read becomes an {@code unreadable}
     * finding, because the pre-check is advice and must not break the submit page.
     */
    public static VideoReport check(Path file, FileKind kind, VideoLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        if (kind == null || !kind.isVideo()) {
            throw new IllegalArgumentException("not a video kind: " + kind);
        }
        if (kind == FileKind.WEBM) {
            // metadata-extractor has no Matroska reader, and we add no other library for it.
            return new VideoReport(0, 0, 0, List.of(Finding.info(UNREADABLE,
                    "Durasi dan resolusi video WebM tidak dapat dibaca otomatis; periksa sendiri sebelum mengirim.")));
        }

        ContainerFacts facts;
        try {
            facts = readFacts(file, kind);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read video metadata of {}", file, e);
            return unreadable();
        }
        if (facts.seconds() <= 0) {
            LOG.debug("No duration in video metadata of {}", file);
            return unreadable();
        }

        List<Finding> findings = new ArrayList<>();
        findings.add(durationFinding(facts.seconds(), limits));
        findings.add(resolutionFinding(facts.width(), facts.height(), limits));
        return new VideoReport(facts.seconds(), facts.width(), facts.height(), findings);
    }

    private static ContainerFacts readFacts(Path file, FileKind kind) throws IOException {
        // The readers walk the boxes and skip the media data ("mdat"), so a large video is not loaded.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return kind == FileKind.MP4
                    ? mp4Facts(Mp4MetadataReader.readMetadata(in))
                    : quickTimeFacts(QuickTimeMetadataReader.readMetadata(in));
        }
    }

    private static ContainerFacts mp4Facts(Metadata metadata) {
        Directory movie = movieHeader(metadata, Mp4Directory.class);
        Directory video = firstVideoTrack(metadata, Mp4VideoDirectory.class,
                Mp4VideoDirectory.TAG_WIDTH, Mp4VideoDirectory.TAG_HEIGHT);
        return facts(seconds(movie, Mp4Directory.TAG_DURATION, Mp4Directory.TAG_TIME_SCALE),
                video, Mp4VideoDirectory.TAG_WIDTH, Mp4VideoDirectory.TAG_HEIGHT,
                isQuarterTurn(movie, Mp4Directory.TAG_ROTATION));
    }

    private static ContainerFacts quickTimeFacts(Metadata metadata) {
        Directory movie = movieHeader(metadata, QuickTimeDirectory.class);
        Directory video = firstVideoTrack(metadata, QuickTimeVideoDirectory.class,
                QuickTimeVideoDirectory.TAG_WIDTH, QuickTimeVideoDirectory.TAG_HEIGHT);
        return facts(seconds(movie, QuickTimeDirectory.TAG_DURATION, QuickTimeDirectory.TAG_TIME_SCALE),
                video, QuickTimeVideoDirectory.TAG_WIDTH, QuickTimeVideoDirectory.TAG_HEIGHT,
                isQuarterTurn(movie, QuickTimeDirectory.TAG_ROTATION));
    }

    /**
     * The track directories are subclasses of the movie directory in metadata-extractor,
     * and use other tag numbers, so pick the one whose class is exactly the movie's.
     */
    private static Directory movieHeader(Metadata metadata, Class<? extends Directory> movieClass) {
        for (Directory directory : metadata.getDirectoriesOfType(movieClass)) {
            if (directory.getClass() == movieClass) {
                return directory;
            }
        }
        return null;
    }

    /** Width and height come from the video track's sample description; audio tracks have none. */
    private static Directory firstVideoTrack(Metadata metadata, Class<? extends Directory> trackClass,
                                             int widthTag, int heightTag) {
        for (Directory track : metadata.getDirectoriesOfType(trackClass)) {
            if (positive(track, widthTag) > 0 && positive(track, heightTag) > 0) {
                return track;
            }
        }
        return null;
    }

    private static double seconds(Directory movie, int durationTag, int timeScaleTag) {
        if (movie == null) {
            return 0;
        }
        Long duration = movie.getLongObject(durationTag);
        Long timeScale = movie.getLongObject(timeScaleTag);
        if (duration == null || timeScale == null || timeScale <= 0 || duration <= 0) {
            return 0;
        }
        return (double) duration / timeScale;
    }

    /** Phones film upright videos sideways and set a 90 degree turn on the track; show them as seen. */
    private static boolean isQuarterTurn(Directory movie, int rotationTag) {
        if (movie == null) {
            return false;
        }
        Double degrees = movie.getDoubleObject(rotationTag);
        return degrees != null && Math.floorMod(Math.round(degrees), 180) == 90;
    }

    private static ContainerFacts facts(double seconds, Directory video, int widthTag, int heightTag,
                                        boolean quarterTurn) {
        int width = video == null ? 0 : positive(video, widthTag);
        int height = video == null ? 0 : positive(video, heightTag);
        return quarterTurn ? new ContainerFacts(seconds, height, width) : new ContainerFacts(seconds, width, height);
    }

    private static int positive(Directory directory, int tag) {
        Integer value = directory.getInteger(tag);
        return value == null || value < 0 ? 0 : value;
    }

    /**
     * Compares whole seconds, as the trainee sees them: a 60.4 s clip shown as
     * "1 menit" should not be told it is longer than 1 minute.
     */
    private static Finding durationFinding(double seconds, VideoLimits limits) {
        long shown = Math.round(seconds);
        String duration = "Durasi " + IndonesianText.duration(shown);
        if (limits.minSeconds() > 0 && shown < limits.minSeconds()) {
            return Finding.warning(DURATION,
                    duration + "; minimal " + IndonesianText.duration(limits.minSeconds()) + ".");
        }
        if (limits.maxSeconds() > 0 && shown > limits.maxSeconds()) {
            return Finding.warning(DURATION,
                    duration + "; maksimal " + IndonesianText.duration(limits.maxSeconds()) + ".");
        }
        return Finding.ok(DURATION, duration + ".");
    }

    private static Finding resolutionFinding(int width, int height, VideoLimits limits) {
        if (width == 0 || height == 0) {
            return Finding.warning(RESOLUTION,
                    "Resolusi video tidak terbaca; pastikan berkas ini berisi gambar, bukan hanya suara.");
        }
        if (MinimumResolution.isMet(width, height, limits.minWidth(), limits.minHeight())) {
            return Finding.ok(RESOLUTION, MinimumResolution.okMessage(width, height));
        }
        return Finding.warning(RESOLUTION,
                MinimumResolution.belowMinimumMessage(width, height, limits.minWidth(), limits.minHeight()));
    }

    private static VideoReport unreadable() {
        return new VideoReport(0, 0, 0, List.of(Finding.warning(UNREADABLE,
                "Video tidak dapat dibaca; pastikan berkasnya utuh dan dapat diputar.")));
    }
}
