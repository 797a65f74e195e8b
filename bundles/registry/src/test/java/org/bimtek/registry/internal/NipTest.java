package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static String problem(String nip) {
        return Nip.problem(Nip.normalise(nip), TODAY).orElse(null);
    }

    @Test
    void aWellFormedNipPassesWithOrWithoutSpaces() {
        assertEquals(null, problem("198503122010011003"));
        assertEquals(null, problem("19850312 201001 1 003"));
        assertEquals(null, problem("19901231 201503 2 001"));
        assertEquals("198503122010011003", Nip.normalise("19850312 201001 1 003"));
    }

    @Test
    void lengthAndDigitsAreChecked() {
        assertEquals("NIP harus 18 angka", problem("19850312201001100"));
        assertEquals("NIP harus 18 angka", problem("1985031220100110033"));
        assertEquals("NIP harus 18 angka", problem("19850312201001100A"));
    }

    @Test
    void theBirthDateMustBeARealDate() {
        assertTrue(problem("198502302010011003").contains("tanggal lahir"));
        assertTrue(problem("198513012010011003").contains("tanggal lahir"));
        assertTrue(problem("192001012010011003").contains("tidak masuk akal"), "born 1920");
        assertTrue(problem("201501012010011003").contains("tidak masuk akal"), "a child");
    }

    @Test
    void theTmtMustBeAMonthAfterTheSeventeenthBirthday() {
        assertTrue(problem("198503122010131003").contains("TMT"), "month 13");
        assertTrue(problem("198503122010001003").contains("TMT"), "month 0");
        assertTrue(problem("198503121999011003").contains("TMT"), "appointed at 13");
        assertTrue(problem("198503122030011003").contains("TMT"), "appointed in the future");
    }

    @Test
    void genderDigitAndSequenceAreChecked() {
        assertTrue(problem("198503122010013003").contains("jenis kelamin"));
        assertTrue(problem("198503122010010003").contains("jenis kelamin"));
        assertTrue(problem("198503122010011000").contains("nomor urut"));
    }
}
