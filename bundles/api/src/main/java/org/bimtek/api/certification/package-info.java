/**
 * The certification ladder (Dasar, Menengah, Mahir) as other bundles see it: the
 * {@link org.bimtek.api.certification.RequirementType} services a module registers to add a kind of
 * requirement (attendance at an event, an accepted practice task), and read access to issued
 * certificates for the registry's person pages.
 */
@Export
@Version("1.1.0")
package org.bimtek.api.certification;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
