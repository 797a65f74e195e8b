package org.bimtek.api.events;

import java.time.Instant;
import java.util.List;

/** An event a trainee was checked in at: its related courses, when it started, when they were checked in. */
public record AttendedEvent(long eventId, String title, List<String> courseIds, Instant startsAt, Instant checkedInAt) {

    public AttendedEvent {
        courseIds = List.copyOf(courseIds);
    }
}
