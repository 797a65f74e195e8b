/** The small shared REST helper: routing, JSON in and out, the error shape, auth and CSRF. */
@Export
@Version("1.2.0")
package org.bimtek.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
