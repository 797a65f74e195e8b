package org.bimtek.api.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.bimtek.api.course.Tier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Certification registers one of these so that the registry's coverage report can count
 * certified admins per tier. Until one is registered the report shows zero for every tier.
 */
@ConsumerType
public interface CertificateTierSource {

    /**
     * The highest tier of a certificate valid on {@code day}, for each of the given registry
     * person ids that holds one; people without a valid certificate are left out.
     */
    Map<Long, Tier> highestTiers(Collection<Long> personIds, LocalDate day);
}
