package org.bimtek.api.registry;

/** Where a decree (SK) stands. EXPIRED is derived from its validity, never stored. */
public enum DecreeStatus {
    ACTIVE, EXPIRED, REVOKED, SUPERSEDED
}
