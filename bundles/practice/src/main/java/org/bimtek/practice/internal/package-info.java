/**
 * Practice work: tasks declared in course bundles (articles, photos, videos) with rubrics, resumable uploads (tus
 * 1.0), automatic pre-checks, submissions with versions, instructors' reviews, and the ladder's "practice task
 * accepted" requirement.
 */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
package org.bimtek.practice.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
