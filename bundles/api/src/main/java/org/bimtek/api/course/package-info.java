/** Courses: the catalogue of course bundles, rendered lessons, learners' progress, validation, and the sections other bundles own. */
@Export
@Version("1.1.0")
package org.bimtek.api.course;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
