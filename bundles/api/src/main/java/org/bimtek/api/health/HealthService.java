package org.bimtek.api.health;

import org.osgi.annotation.versioning.ProviderType;

/** Reports whether the platform is up: the database answers and no bundle failed. */
@ProviderType
public interface HealthService {

    HealthReport check();
}
