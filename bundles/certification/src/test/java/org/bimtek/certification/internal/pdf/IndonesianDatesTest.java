package org.bimtek.certification.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndonesianDatesTest {

    @Test
    void writesDayMonthNameYear() {
        assertEquals("26 November 2026", IndonesianDates.format(LocalDate.of(2026, 11, 26)));
        assertEquals("5 Januari 2027", IndonesianDates.format(LocalDate.of(2027, 1, 5)));
    }

    @Test
    void usesIndonesianNamesForEveryMonth() {
        List<String> expected = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");
        for (int month = 1; month <= 12; month++) {
            assertEquals("1 " + expected.get(month - 1) + " 2026", IndonesianDates.format(LocalDate.of(2026, month, 1)));
        }
    }
}
