/**
 * The admin registry: units, people, decrees (SK), official accounts, transfers, CSV
 * import and export, the coverage report, and their REST API and pages.
 */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
@Header(name = "Karaf-Commands", value = "org.bimtek.registry.internal.shell")
package org.bimtek.registry.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
