/** The audit log that every feature writes its changes to. */
@Export
@Version("1.0.0")
package org.bimtek.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
