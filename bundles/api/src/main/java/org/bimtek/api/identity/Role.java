package org.bimtek.api.identity;

/** What a user may do. A user holds one or more roles. */
public enum Role {
    /** An admin medsos taking modules. */
    TRAINEE,
    /** A narasumber: writes courses, grades practice work. */
    INSTRUCTOR,
    /** An admin Diskominfo: registry, events, certificates, modules. */
    ADMIN,
    /**
     * A unit's supervisor (e.g. a camat's office for its kelurahan): sees and edits the
     * registry for one unit's subtree only. The unit is attached in the registry.
     */
    SUPERVISOR
}
