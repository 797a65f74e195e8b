/**
 * Events that say a trainee's learning record changed (a lesson completed, a quiz finished or graded),
 * posted through OSGi Event Admin after the change is committed, so that what builds on the record (the
 * certification ladder) can look again without polling.
 */
@Export
@Version("1.2.0")
package org.bimtek.api.learning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
