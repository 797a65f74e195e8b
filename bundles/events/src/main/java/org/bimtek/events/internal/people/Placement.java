package org.bimtek.events.internal.people;

import java.util.Set;
import org.bimtek.events.internal.enrol.QuotaKey;

/** Where a person sits in the registry now: their person id and unit (null when not in the registry) and its quota keys. */
public record Placement(Long personId, Long unitId, Set<QuotaKey> quotaKeys) {

    public static final Placement NOWHERE = new Placement(null, null, Set.of());

    public Placement {
        quotaKeys = Set.copyOf(quotaKeys);
    }
}
