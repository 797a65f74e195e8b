/**
 * Bimtek events: scheduled sessions with seats, per-unit quotas and a waitlist, enrolment by the trainee, a
 * supervisor's nomination or an administrator, approval, QR check-in, the attendance list (CSV, PDF sign-in sheet)
 * and the ladder's "event attended" requirement.
 */
@Header(name = Schema.MIGRATIONS_HEADER, value = "db/migration")
package org.bimtek.events.internal;

import org.bimtek.api.storage.Schema;
import org.osgi.annotation.bundle.Header;
