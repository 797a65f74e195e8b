package org.bimtek.registry.internal;

import java.time.Instant;
import java.util.List;

/** The registry's own records that other bundles do not need (those are in org.bimtek.api.registry). */
final class Records {

    private Records() {
    }

    /** An official social-media account. */
    record Account(long id, Platform platform, String handle, String url, long unitId, boolean active) {
    }

    /** One stretch of a person's career in a unit; {@code endedAt} null for the current one. */
    record Membership(long id, long personId, long unitId, Instant startedAt, Instant endedAt, String note) {
    }

    /** An account taken over ({@code APPOINTED}) or let go ({@code RELEASED}) by a person. */
    record Handover(long id, long accountId, long personId, String event, Instant at, Long decreeId, String note) {
    }

    /** One page of a list, with the total for paging. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** The current scan of a decree. */
    record Document(long id, long decreeId, String storedName, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
    }
}
