package org.bimtek.api.certification;

import java.time.LocalDate;
import org.bimtek.api.course.Tier;

/**
 * An issued certificate as other features list it (the registry's person page).
 *
 * @param verifyPath the public verification page, e.g. {@code /verify/K7Q2M9XH4TPA3WZ8}
 */
public record CertificateSummary(String number, Tier tier, String holderName, LocalDate issuedOn, LocalDate validUntil,
        CertificateStatus status, String verifyPath) {
}
