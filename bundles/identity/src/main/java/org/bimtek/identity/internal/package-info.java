/** Identity: accounts, Argon2id passwords, database-backed sessions, the auth REST API. */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
@Header(name = "Karaf-Commands", value = "org.bimtek.identity.internal.shell")
package org.bimtek.identity.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
