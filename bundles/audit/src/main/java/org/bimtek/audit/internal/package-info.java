/** The audit log: one table, written by every feature through the AuditLog service. */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
package org.bimtek.audit.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
