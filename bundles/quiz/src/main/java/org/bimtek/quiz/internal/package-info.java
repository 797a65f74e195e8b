/** The quiz engine: question banks in course bundles, attempts that lose nothing, grading, and their REST API and pages. */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
@Header(name = "Karaf-Commands", value = "org.bimtek.quiz.internal.shell")
package org.bimtek.quiz.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
