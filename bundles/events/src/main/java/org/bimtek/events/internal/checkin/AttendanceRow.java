package org.bimtek.events.internal.checkin;

import java.time.Instant;
import org.bimtek.events.internal.enrol.EnrolmentState;

/** One line of an event's attendance list. */
public record AttendanceRow(long enrolmentId, String name, String nip, String unit, EnrolmentState state, Instant checkedInAt,
        String checkedInBy) {
}
