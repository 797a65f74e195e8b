/** Storage: the shared DataSource, transactions and per-bundle schema migrations. */
@Export
@Version("1.1.0")
package org.bimtek.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
