package org.bimtek.awards.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Numbers and dates as an Indonesian reader writes them: "8,18", "19 Oktober 2026" (in WITA). */
public final class Words {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember"};

    private Words() {
    }

    /** Two decimals with a decimal comma: 8.175 becomes "8,18". */
    public static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A weight without needless decimals: 20.0 becomes "20", 2.5 becomes "2,5". */
    public static String weight(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDate day = instant.atZone(WITA).toLocalDate();
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }
}
