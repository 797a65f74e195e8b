package org.bimtek.certification.internal.issue;

import java.time.Instant;
import java.time.LocalDate;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.course.Tier;

/** An issued certificate: its frozen snapshot and signed credential, and the status columns that may change. */
public record Certificate(long id, String number, String code, String credentialId, long userId, Long personId, Tier tier,
        String holderName, Instant issuedAt, LocalDate validUntil, int statusIndex, String keyId, Snapshot snapshot,
        String credential, Instant revokedAt, String revokedBy, String revokeReason, String supersededBy) {

    public CertificateStatus status(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        return validUntil.isBefore(today) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /** Whether an offline verifier must treat it as withdrawn: revoked or replaced by a correction. */
    public boolean withdrawn() {
        return revokedAt != null || supersededBy != null;
    }

    public String verifyPath() {
        return "/verify/" + code;
    }
}
