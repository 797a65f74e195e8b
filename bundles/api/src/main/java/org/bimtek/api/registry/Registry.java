package org.bimtek.api.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the admin registry for other features (certification, events). Changes
 * go through the registry's own REST API, where they are scoped and audited.
 */
@ProviderType
public interface Registry {

    Optional<Person> person(long personId);

    /** The person whose linked login account is {@code userId}. */
    Optional<Person> personByUser(long userId);

    /** The unit the person belonged to at {@code at}: their history answers, not today's unit. */
    Optional<Unit> unitAt(long personId, Instant at);

    /** The SK in force for the person at {@code at} in the unit they belonged to then, if any. */
    Optional<Decree> activeDecreeAt(long personId, Instant at);

    Optional<Unit> unit(long unitId);

    /** Every unit, active or not, parents before their children. */
    List<Unit> units();

    /** The unit and everything under it, parents first; empty when the unit is unknown. */
    List<Unit> subtree(long unitId);

    /** The active people currently in the unit or anywhere under it, by name; empty when the unit is unknown. */
    List<Person> peopleUnder(long unitId);

    /** The unit a SUPERVISOR account administers (with everything under it), if one is assigned. */
    Optional<Long> supervisedUnit(long userId);
}
