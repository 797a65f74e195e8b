package org.bimtek.certification.internal.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bimtek.api.certification.Evidence;

/**
 * Everything a certificate states, frozen when it is issued and stored as JSON beside it. Nothing later (a
 * course removed, a person moved, a name corrected) changes it; a correction is a new certificate that
 * supersedes this one.
 *
 * @param unitName the unit the holder belonged to at issue time, or null when not in the registry
 * @param decreeNumber the SK appointing the holder at issue time, if any
 * @param issuedBy "sistem" for an automatic issue, else the administrator who approved or re-issued
 * @param supersedes the number of the certificate this one corrects, or null
 */
public record Snapshot(String number, String tier, String tierTitle, String holderName, String nip, Long personId, String unitCode,
        String unitName, String decreeNumber, LocalDate decreeDate, Instant issuedAt, LocalDate issuedOn, LocalDate validUntil,
        List<Evidence> evidence, String issuerName, String signerName, String signerTitle, String city, String issuedBy,
        String supersedes) {

    public Snapshot {
        evidence = List.copyOf(evidence);
    }
}
