package org.bimtek.certification.internal.verify;

import java.time.Instant;
import java.time.LocalDate;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.Snapshot;
import org.bimtek.certification.internal.pdf.IndonesianDates;

/**
 * What the public may learn of a certificate: what the certificate itself shows (NIP shortened), and its status
 * in words a layman understands.
 */
public record Verdict(boolean valid, CertificateStatus status, String statusText, String number, String holderName, String nip,
        String unitAtIssue, String tier, String tierTitle, LocalDate issuedOn, LocalDate validUntil, String issuer, Instant revokedAt,
        String revocationReason, String supersededBy, String verifyPath) {

    public static Verdict of(Certificate c, LocalDate today) {
        Snapshot s = c.snapshot();
        CertificateStatus status = c.status(today);
        return new Verdict(status == CertificateStatus.VALID, status, text(status, c), c.number(), s.holderName(), masked(s.nip()),
                s.unitName(), s.tier(), s.tierTitle(), s.issuedOn(), s.validUntil(), s.issuerName(), c.revokedAt(), c.revokeReason(),
                c.supersededBy(), c.verifyPath());
    }

    static String text(CertificateStatus status, Certificate c) {
        return switch (status) {
            case VALID -> "Sah: sertifikat ini asli dan masih berlaku sampai " + IndonesianDates.format(c.validUntil()) + ".";
            case EXPIRED -> "Kedaluwarsa: sertifikat ini asli, tetapi masa berlakunya berakhir pada " + IndonesianDates.format(c.validUntil()) + ".";
            case REVOKED -> "Dicabut: sertifikat ini tidak berlaku lagi sejak " + IndonesianDates.format(LocalDate.ofInstant(c.revokedAt(),
                    org.bimtek.certification.internal.issue.Issuer.ZONE)) + ". Alasan: " + c.revokeReason();
            case SUPERSEDED -> "Digantikan: sertifikat ini telah diganti oleh sertifikat perbaikan nomor " + c.supersededBy() + ".";
        };
    }

    /** 18 digits shown as 1992••••••••••2004: enough to match a person, not enough to harvest. */
    static String masked(String nip) {
        if (nip == null || nip.length() < 8) {
            return nip;
        }
        return nip.substring(0, 4) + "•".repeat(nip.length() - 8) + nip.substring(nip.length() - 4);
    }
}
