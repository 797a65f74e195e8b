package org.bimtek.api.awards;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to published awards for other features (the registry's person page). */
@ProviderType
public interface Awards {

    /** The published awards won by the registry person, newest first. */
    List<AwardSummary> ofPerson(long personId);
}
