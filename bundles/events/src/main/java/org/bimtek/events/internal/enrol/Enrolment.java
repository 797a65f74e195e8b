package org.bimtek.events.internal.enrol;

import java.time.Instant;
import java.util.Set;

/**
 * One person's enrolment in one event. {@code seq} orders arrivals: the event's version when the current state was
 * entered (the waitlist is in {@code seq} order). {@code nominatedBy} is the supervisor's or administrator's
 * username, null when the trainee enrolled themself.
 */
public record Enrolment(long id, long eventId, long userId, Long personId, Long unitId, Set<QuotaKey> quotaKeys, EnrolmentState state,
        long seq, String checkInCode, String nominatedBy, Instant requestedAt, Instant updatedAt, Instant checkedInAt, String checkedInBy) {

    public Enrolment {
        quotaKeys = Set.copyOf(quotaKeys);
    }

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
