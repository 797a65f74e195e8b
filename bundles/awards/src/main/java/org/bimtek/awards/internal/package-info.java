/**
 * Awards for the best social-media manager of a period: programmes with weighted criteria, nominations per unit, a
 * jury that never scores its own unit, a ranking that explains itself, and winners published with a signed Open
 * Badges credential. A module: it reaches the rest of the platform only through the published services, keeps all
 * its state in its own tables, and can be uninstalled and reinstalled without touching anything else.
 */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
package org.bimtek.awards.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
