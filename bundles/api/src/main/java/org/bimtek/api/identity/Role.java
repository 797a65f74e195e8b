package org.bimtek.api.identity;

/** What a user may do. A user holds one or more roles. */
public enum Role {
    /** An admin medsos taking modules. */
    TRAINEE,
    /** A narasumber: writes courses, grades practice work. */
    INSTRUCTOR,
    /** An admin Diskominfo: registry, events, certificates, modules. */
    ADMIN
}
