package org.bimtek.events.internal.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bimtek.api.registry.UnitKind;

/**
 * A bimtek event as stored. {@code quotas}: at most that many seats for any one unit of the kind. Enrolment is open
 * from {@code enrolmentOpensAt} (inclusive) to {@code enrolmentClosesAt} (exclusive).
 */
public record Event(long id, String title, String description, List<String> courseIds, Instant startsAt, Instant endsAt, String place,
        String onlineUrl, int capacity, Map<UnitKind, Integer> quotas, Instant enrolmentOpensAt, Instant enrolmentClosesAt,
        boolean needsApproval, String createdBy, Instant createdAt) {

    public Event {
        courseIds = List.copyOf(courseIds);
        quotas = Map.copyOf(quotas);
    }

    public boolean enrolmentOpenAt(Instant now) {
        return !now.isBefore(enrolmentOpensAt) && now.isBefore(enrolmentClosesAt) && now.isBefore(endsAt);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt);
    }

    public Event withId(long newId) {
        return new Event(newId, title, description, courseIds, startsAt, endsAt, place, onlineUrl, capacity, quotas, enrolmentOpensAt,
                enrolmentClosesAt, needsApproval, createdBy, createdAt);
    }
}
