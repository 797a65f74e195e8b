package org.bimtek.api.registry;

import java.time.LocalDate;

/**
 * A decree (Surat Keputusan) appointing admins of a unit's accounts. {@code validTo} is
 * inclusive and null for an open-ended SK; {@code status} is the effective one (an ACTIVE
 * SK past its {@code validTo} reads EXPIRED).
 */
public record Decree(long id, String number, LocalDate date, String signedByName, String signedByTitle,
        long unitId, LocalDate validFrom, LocalDate validTo, DecreeStatus status) {

    /** True when the SK appoints on {@code day}: active status and {@code day} inside its validity. */
    public boolean inForceOn(LocalDate day) {
        return status != DecreeStatus.REVOKED && status != DecreeStatus.SUPERSEDED
                && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
