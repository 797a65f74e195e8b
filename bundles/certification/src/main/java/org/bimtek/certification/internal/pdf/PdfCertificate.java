package org.bimtek.certification.internal.pdf;

/** What a certificate PDF shows: a snapshot taken at issue time, never live data. */
public record PdfCertificate(
    String number,          // e.g. "BMT-2026-D-000042"
    String holderName,      // name as issued
    String nip,             // 18 digits or null (not a civil servant)
    String unitName,        // e.g. "Kecamatan Samarinda Ulu", may be null
    String tierCode,        // "DASAR" | "MENENGAH" | "MAHIR"
    String tierLabel,       // "Dasar" | "Menengah" | "Mahir"
    java.time.LocalDate issuedOn,
    java.time.LocalDate validUntil,
    java.util.List<String> evidence,   // lines like "Tata Kelola Media Sosial Pemerintah (Dasar): selesai; kuis 85" (0..8 lines)
    String issuerName,      // e.g. "Pemerintah Kota Samarinda"
    String signerName,      // e.g. "Dr. H. Andi Harun"
    String signerTitle,     // e.g. "Kepala Dinas Komunikasi dan Informatika"
    String city,            // where signed, e.g. "Samarinda"
    String verifyUrl,       // the public verification page, e.g. "http://localhost:8181/verify/K7Q2M9XH4TPA3WZ8"
    String verificationCode,// "K7Q2M9XH4TPA3WZ8"
    String credentialJwt    // the signed credential (compact JWS), may be null
) {

    /** Evidence lines without nulls; an absent list is simply "no evidence". */
    java.util.List<String> evidenceOrEmpty() {
        if (evidence == null) {
            return java.util.List.of();
        }
        return evidence.stream().filter(java.util.Objects::nonNull).toList();
    }
}
