/**
 * The admin registry: organisational units, the people who run official accounts, their
 * decrees (SK), and the hook through which certification reports certificate tiers.
 */
@Export
@Version("1.1.0")
package org.bimtek.api.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
