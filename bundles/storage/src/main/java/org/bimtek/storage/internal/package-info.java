/**
 * Storage: the Database service over the pax-jdbc DataSource, and the migration
 * extender. The extender registers Schema services in other bundles' names, which bnd
 * cannot see; the capability says so, so that the feature resolver accepts bundles
 * that require a Schema.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.bimtek.api.storage.Schema\"")
package org.bimtek.storage.internal;

import org.osgi.annotation.bundle.Capability;
