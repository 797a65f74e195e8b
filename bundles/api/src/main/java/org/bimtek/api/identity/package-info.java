/** Identity: users, roles, passwords and server-side sessions. */
@Export
@Version("1.1.0")
package org.bimtek.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
