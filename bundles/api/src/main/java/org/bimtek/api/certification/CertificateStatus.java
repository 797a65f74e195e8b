package org.bimtek.api.certification;

/** Where a certificate stands today. */
public enum CertificateStatus {
    /** Issued, within its validity, neither revoked nor superseded. */
    VALID,
    /** Its valid-until date has passed. */
    EXPIRED,
    /** Withdrawn by an administrator, with a reason. */
    REVOKED,
    /** Replaced by a corrected re-issue. */
    SUPERSEDED
}
