/** Courses: the catalogue of course bundles, rendered lessons, learners' progress, validation. */
@Export
@Version("1.0.0")
package org.bimtek.api.course;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
