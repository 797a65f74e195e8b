/** Practice work as other features see it: a trainee's accepted tasks and their rubric scores. */
@Export
@Version("1.0.0")
package org.bimtek.api.practice;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
