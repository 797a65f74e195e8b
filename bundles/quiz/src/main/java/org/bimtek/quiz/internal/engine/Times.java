package org.bimtek.quiz.internal.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as trainees in Samarinda read them: WITA (UTC+8). */
public final class Times {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm 'WITA'", Locale.forLanguageTag("id"))
            .withZone(WITA);

    private Times() {
    }

    public static String wita(Instant instant) {
        return FORMAT.format(instant);
    }
}
