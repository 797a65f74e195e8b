package org.bimtek.practice.internal.check;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when a photo was taken from its EXIF data. EXIF stores a local time
 * without a zone; unless the camera also wrote an offset tag, we assume the
 * photo was taken here, in WITA.
 */
final class ExifDateTaken {

    /** "2026:03:12 09:15:00"; some software writes dashes or a 'T', so accept those too. */
    private static final Pattern EXIF_DATE_TIME =
            Pattern.compile("(\\d{4})[:-](\\d{2})[:-](\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?.*");

    private ExifDateTaken() {
    }

    /** @return when the photo was taken, or null when EXIF has no usable date */
    static Instant read(Metadata metadata) {
        Directory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Instant original = parse(
                firstString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL, exif, ifd0),
                firstString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL, exif, ifd0));
        if (original != null) {
            return original;
        }
        // DateTime is when the file was last changed: a weaker hint, but better than nothing.
        return parse(
                firstString(ExifDirectoryBase.TAG_DATETIME, ifd0, exif),
                firstString(ExifDirectoryBase.TAG_TIME_ZONE, exif, ifd0));
    }

    static Instant parse(String dateTime, String offset) {
        if (dateTime == null) {
            return null;
        }
        Matcher m = EXIF_DATE_TIME.matcher(dateTime.strip());
        if (!m.matches()) {
            return null; // e.g. "0000:00:00 00:00:00" or blanks written by cameras without a clock
        }
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                    number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6));
            return local.atZone(zoneOf(offset)).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneId zoneOf(String offset) {
        if (offset != null) {
            try {
                return ZoneOffset.of(offset.strip());
            } catch (DateTimeException e) {
                // An unreadable offset is treated like a missing one.
            }
        }
        return IndonesianText.WITA;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String firstString(int tag, Directory... directories) {
        for (Directory directory : directories) {
            if (directory != null && directory.containsTag(tag)) {
                String value = directory.getString(tag);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }
}
