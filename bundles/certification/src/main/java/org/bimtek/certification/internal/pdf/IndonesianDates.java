package org.bimtek.certification.internal.pdf;

import java.time.LocalDate;

/**
 * Formats dates the way Indonesian official documents write them ("26 November 2026").
 * Hand-written on purpose: a server JVM may lack Indonesian locale data (or return
 * "Nopember" / abbreviated forms depending on CLDR version), and a certificate must
 * print the same text everywhere.
 */
public final class IndonesianDates {

    private static final String[] MONTHS = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    };

    private IndonesianDates() {
    }

    /** "5 Januari 2027": day without leading zero, full month name, four-digit year. */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
