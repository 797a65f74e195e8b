/** Bimtek events as other features see them: who attended which event, for the ladder and the awards. */
@Export
@Version("1.0.0")
package org.bimtek.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
