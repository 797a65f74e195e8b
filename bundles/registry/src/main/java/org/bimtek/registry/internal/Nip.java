package org.bimtek.registry.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The NIP, the 18-digit number of an Indonesian civil servant (PNS):
 * {@code yyyymmdd} birth date, {@code yyyymm} TMT (first appointment), one gender digit
 * (1 man, 2 woman), and a 3-digit sequence. Written with spaces as often as without
 * ("19850312 201001 1 003"), so spaces are dropped first.
 */
final class Nip {

    static final int LENGTH = 18;

    private Nip() {
    }

    /** The NIP without spaces, dots or hyphens; null when blank. */
    static String normalise(String nip) {
        if (nip == null) {
            return null;
        }
        String digits = nip.replaceAll("[\\s.-]", "");
        return digits.isEmpty() ? null : digits;
    }

    /** Why the (normalised) NIP is not valid, or empty when it is. */
    static Optional<String> problem(String nip, LocalDate today) {
        if (nip.length() != LENGTH || !nip.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of("NIP harus 18 angka");
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of("8 angka pertama NIP harus tanggal lahir yang valid (yyyymmdd)");
        }
        if (born.getYear() < 1930 || born.isAfter(today.minusYears(17))) {
            return Optional.of("tanggal lahir dalam NIP tidak masuk akal (" + born + ")");
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("angka ke-9 sampai ke-14 NIP harus TMT yang valid (yyyymm)");
        }
        if (appointed.isBefore(YearMonth.from(born).plusYears(17)) || appointed.isAfter(YearMonth.from(today).plusYears(1))) {
            return Optional.of("TMT dalam NIP (" + appointed + ") tidak sesuai dengan tanggal lahir");
        }
        char gender = nip.charAt(14);
        if (gender != '1' && gender != '2') {
            return Optional.of("angka ke-15 NIP (jenis kelamin) harus 1 atau 2");
        }
        if (nip.endsWith("000")) {
            return Optional.of("3 angka terakhir NIP (nomor urut) tidak boleh 000");
        }
        return Optional.empty();
    }
}
