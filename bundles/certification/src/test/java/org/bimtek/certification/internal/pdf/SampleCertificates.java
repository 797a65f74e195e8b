package org.bimtek.certification.internal.pdf;

import java.time.LocalDate;
import java.util.List;

/** Certificates for tests: one realistic default plus small variations. */
final class SampleCertificates {

    static final String VERIFY_URL = "http://localhost:8181/verify/K7Q2M9XH4TPA3WZ8";
    static final String NIP = "198507262010011003";
    static final String JWT = "eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCJ9"
        + ".eyJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjgxODEiLCJzdWIiOiJCTVQtMjAyNi1ELTAwMDA0MiJ9"
        + ".c2lnbmF0dXJlLWJ5dGVzLWdvLWhlcmU";

    private SampleCertificates() {
    }

    static PdfCertificate dasar() {
        return new PdfCertificate(
            "BMT-2026-D-000042",
            "Rahmawati Putri Handayani, S.Kom.",
            NIP,
            "Kecamatan Samarinda Ulu",
            "DASAR",
            "Dasar",
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2029, 11, 26),
            List.of(
                "Tata Kelola Media Sosial Pemerintah (Dasar): selesai; kuis 85",
                "Etika dan Regulasi Komunikasi Publik: selesai; kuis 90",
                "Produksi Konten Visual Sederhana: selesai; tugas dinilai baik",
                "Pengelolaan Akun dan Keamanan: selesai; kuis 80"),
            "Pemerintah Kota Samarinda",
            "Dr. H. Andi Harun",
            "Kepala Dinas Komunikasi dan Informatika",
            "Samarinda",
            VERIFY_URL,
            "K7Q2M9XH4TPA3WZ8",
            JWT);
    }

    static PdfCertificate withHolder(PdfCertificate c, String holderName, String unitName) {
        return new PdfCertificate(c.number(), holderName, c.nip(), unitName, c.tierCode(), c.tierLabel(),
            c.issuedOn(), c.validUntil(), c.evidence(), c.issuerName(), c.signerName(), c.signerTitle(), c.city(),
            c.verifyUrl(), c.verificationCode(), c.credentialJwt());
    }

    static PdfCertificate withNip(PdfCertificate c, String nip) {
        return new PdfCertificate(c.number(), c.holderName(), nip, c.unitName(), c.tierCode(), c.tierLabel(),
            c.issuedOn(), c.validUntil(), c.evidence(), c.issuerName(), c.signerName(), c.signerTitle(), c.city(),
            c.verifyUrl(), c.verificationCode(), c.credentialJwt());
    }

    static PdfCertificate withEvidence(PdfCertificate c, List<String> evidence) {
        return new PdfCertificate(c.number(), c.holderName(), c.nip(), c.unitName(), c.tierCode(), c.tierLabel(),
            c.issuedOn(), c.validUntil(), evidence, c.issuerName(), c.signerName(), c.signerTitle(), c.city(),
            c.verifyUrl(), c.verificationCode(), c.credentialJwt());
    }

    static PdfCertificate withCredential(PdfCertificate c, String credentialJwt) {
        return new PdfCertificate(c.number(), c.holderName(), c.nip(), c.unitName(), c.tierCode(), c.tierLabel(),
            c.issuedOn(), c.validUntil(), c.evidence(), c.issuerName(), c.signerName(), c.signerTitle(), c.city(),
            c.verifyUrl(), c.verificationCode(), credentialJwt);
    }

    static PdfCertificate withNumberAndUrl(PdfCertificate c, String number, String verifyUrl) {
        return new PdfCertificate(number, c.holderName(), c.nip(), c.unitName(), c.tierCode(), c.tierLabel(),
            c.issuedOn(), c.validUntil(), c.evidence(), c.issuerName(), c.signerName(), c.signerTitle(), c.city(),
            verifyUrl, c.verificationCode(), c.credentialJwt());
    }
}
