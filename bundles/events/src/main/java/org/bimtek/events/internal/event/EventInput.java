package org.bimtek.events.internal.event;

import java.util.List;
import java.util.Map;

/**
 * A new event as an administrator sends it. Times are ISO-8601: with an offset ({@code 2026-05-10T09:00+08:00},
 * {@code ...Z}) or without one, then read as WITA. Left out: enrolment opens now and closes when the event starts,
 * no approval needed, no quotas.
 */
public record EventInput(String title, String description, List<String> courseIds, String startsAt, String endsAt, String place,
        String onlineUrl, Integer capacity, Map<String, Integer> quotas, String enrolmentOpensAt, String enrolmentClosesAt,
        Boolean needsApproval) {
}
