package org.bimtek.certification.internal.verify;

import java.time.LocalDate;

/** Dates the Indonesian way, "26 November 2026", without relying on the JVM's locale data. */
public final class Dates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember"};

    private Dates() {
    }

    public static String indonesian(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
