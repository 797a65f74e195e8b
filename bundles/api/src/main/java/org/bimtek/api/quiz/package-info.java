/** Quizzes: the question-type plug-in interface, the records it works with, and trainees' results. */
@Export
@Version("1.2.0")
package org.bimtek.api.quiz;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
