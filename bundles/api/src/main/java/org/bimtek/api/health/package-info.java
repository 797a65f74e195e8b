/** Health of the running platform. */
@Export
@Version("1.0.0")
package org.bimtek.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
