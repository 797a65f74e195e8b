package org.bimtek.awards.internal.publish;

import java.time.Instant;

/** A winner's signed credential as stored: its id ({@code urn:uuid:...}), whom and what it is for, and the compact JWS. */
public record StoredCredential(String id, long programmeId, long nomineeId, long personId, int rank, String holderName, Instant issuedAt,
        String jws) {
}
