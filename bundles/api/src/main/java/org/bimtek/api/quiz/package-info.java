/** Quizzes: the question-type plug-in interface and the records it works with. */
@Export
@Version("1.0.0")
package org.bimtek.api.quiz;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
