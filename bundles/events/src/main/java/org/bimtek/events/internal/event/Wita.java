package org.bimtek.events.internal.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Times as Samarinda reads them: WITA (Asia/Makassar, UTC+8), Indonesian dates ("12 Maret 2026") and times with a
 * dot ("09.00"). Month and day names are written out here rather than taken from the JVM's locale data, which a
 * server may lack or spell differently.
 */
public final class Wita {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private Wita() {
    }

    /**
     * An instant from ISO-8601 text: with an offset or {@code Z} as given, without one as WITA wall-clock time.
     *
     * @throws DateTimeException when the text is no such time
     */
    public static Instant parse(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(t).atZone(ZONE).toInstant();
        }
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDate today(Instant now) {
        return at(now).toLocalDate();
    }

    /** "12 Maret 2026". */
    public static String date(Instant instant) {
        LocalDate d = at(instant).toLocalDate();
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "Kamis, 12 Maret 2026". */
    public static String dayAndDate(Instant instant) {
        return DAYS[at(instant).getDayOfWeek().getValue() - 1] + ", " + date(instant);
    }

    /** "09.00". */
    public static String time(Instant instant) {
        ZonedDateTime z = at(instant);
        return String.format("%02d.%02d", z.getHour(), z.getMinute());
    }

    /** "12 Maret 2026 pukul 09.00 WITA". */
    public static String dateTime(Instant instant) {
        return date(instant) + " pukul " + time(instant) + " WITA";
    }

    /**
     * A deadline: "sampai dengan 11 Maret 2026" when it falls at midnight (the whole day before is included),
     * "sampai 12 Maret 2026 pukul 09.00 WITA" otherwise.
     */
    public static String until(Instant instant) {
        ZonedDateTime z = at(instant);
        if (z.getHour() == 0 && z.getMinute() == 0 && z.getSecond() == 0 && z.getNano() == 0) {
            return "sampai dengan " + date(instant.minusSeconds(1));
        }
        return "sampai " + dateTime(instant);
    }

    /** "Kamis, 12 Maret 2026, 09.00–15.00 WITA", or both dates in full when the event spans days. */
    public static String span(Instant start, Instant end) {
        if (at(start).toLocalDate().equals(at(end).toLocalDate())) {
            return dayAndDate(start) + ", " + time(start) + "\u2013" + time(end) + " WITA";
        }
        return dayAndDate(start) + " " + time(start) + " WITA \u2013 " + dayAndDate(end) + " " + time(end) + " WITA";
    }

    /** The value of an {@code <input type="datetime-local">}: WITA wall-clock time to the minute. */
    public static String inputValue(Instant instant) {
        ZonedDateTime z = at(instant);
        return String.format("%04d-%02d-%02dT%02d:%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute());
    }
}
