/** The course platform: the course extender, lesson rendering, progress, and their REST API and pages. */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
@Header(name = "Karaf-Commands", value = "org.bimtek.course.internal.shell")
package org.bimtek.course.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
