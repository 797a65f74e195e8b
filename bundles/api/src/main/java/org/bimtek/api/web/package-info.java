/** Web shell extension points: menu entries, page layout, API documentation. */
@Export
@Version("1.0.0")
package org.bimtek.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
