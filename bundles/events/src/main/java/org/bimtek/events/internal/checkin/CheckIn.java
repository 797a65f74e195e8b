package org.bimtek.events.internal.checkin;

import java.time.Instant;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.event.Wita;

/**
 * What a check-in did: {@code recorded} now, or found {@code already} recorded (then nothing was written), with the
 * participant's name and the recorded time.
 */
public record CheckIn(Status status, Enrolment enrolment, String name, Instant checkedInAt, String checkedInBy) {

    public enum Status {
        RECORDED, ALREADY
    }

    /** The line the desk reads out. */
    public String message() {
        return status == Status.RECORDED
                ? "Kehadiran " + name + " tercatat pada " + Wita.dateTime(checkedInAt) + "."
                : name + " sudah tercatat pada " + Wita.dateTime(checkedInAt) + " (oleh " + checkedInBy + "); tidak dicatat lagi.";
    }
}
