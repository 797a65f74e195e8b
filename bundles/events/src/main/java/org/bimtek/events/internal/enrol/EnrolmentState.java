package org.bimtek.events.internal.enrol;

/** Where an enrolment stands. Only ENROLLED holds a seat; PENDING waits for an administrator, WAITLISTED for a seat. */
public enum EnrolmentState {
    PENDING, ENROLLED, WAITLISTED, CANCELLED;

    /** Still in the running: a second enrolment of the same person would be a duplicate. */
    public boolean active() {
        return this != CANCELLED;
    }

    /** The word the pages show. */
    public String word() {
        return switch (this) {
            case PENDING -> "Menunggu persetujuan admin";
            case ENROLLED -> "Terdaftar";
            case WAITLISTED -> "Daftar tunggu";
            case CANCELLED -> "Dibatalkan";
        };
    }
}
