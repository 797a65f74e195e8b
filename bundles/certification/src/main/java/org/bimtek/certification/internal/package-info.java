/**
 * Certification: the ladder and its requirement types, issuance of snapshot certificates with a PDF and an
 * Open Badges 3.0 credential signed with Ed25519, public verification, revocation and the status list.
 */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
@Header(name = "Karaf-Commands", value = "org.bimtek.certification.internal.shell")
package org.bimtek.certification.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
