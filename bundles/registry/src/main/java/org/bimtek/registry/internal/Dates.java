package org.bimtek.registry.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as this city reads them: "today" in WITA, input as ISO or dd/mm/yyyy, shown as "19 Oktober 2022". */
final class Dates {

    /** The city's zone (WITA, UTC+8). */
    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The start of {@code day} in WITA. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** {@code 2023-10-19} or {@code 19/10/2023} (spreadsheets in Indonesia write the latter); null when blank. */
    static LocalDate parse(FieldErrors errors, String field, String value, boolean required) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            if (required) {
                errors.add(field, "wajib diisi");
            }
            return null;
        }
        try {
            return cleaned.contains("/") ? LocalDate.parse(cleaned, SLASHED) : LocalDate.parse(cleaned);
        } catch (DateTimeException e) {
            errors.add(field, "tanggal tidak valid (gunakan yyyy-mm-dd atau dd/mm/yyyy)");
            return null;
        }
    }

    /** "19 Oktober 2022" in Indonesian, "19 October 2022" in English. */
    static String show(LocalDate day, Locale locale) {
        if (day == null) {
            return "—";
        }
        if ("en".equals(locale.getLanguage())) {
            return day.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
        }
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    static String show(Instant instant, Locale locale) {
        return instant == null ? "—" : show(dayOf(instant), locale);
    }
}
