package org.bimtek.practice.internal.check;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Formats dates and durations the way Indonesian readers expect them,
 * without relying on the JVM's locale data for "id".
 */
final class IndonesianText {

    /** The city runs on WITA (UTC+8); dates are shown in its local time. */
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianText() {
    }

    /** E.g. "12 Maret 2026 pukul 09.15 WITA". */
    static String dateTimeWita(Instant instant) {
        ZonedDateTime local = instant.atZone(WITA);
        return String.format("%d %s %d pukul %02d.%02d WITA", local.getDayOfMonth(),
                MONTHS[local.getMonthValue() - 1], local.getYear(), local.getHour(), local.getMinute());
    }

    /** E.g. "2 menit 30 detik", "1 menit", "45 detik". */
    static String duration(long wholeSeconds) {
        long minutes = wholeSeconds / 60;
        long seconds = wholeSeconds % 60;
        if (minutes == 0) {
            return seconds + " detik";
        }
        return seconds == 0 ? minutes + " menit" : minutes + " menit " + seconds + " detik";
    }
}
