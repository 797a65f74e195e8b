package org.bimtek.events.internal.enrol;

import java.util.List;

/**
 * What an enrolment change did: the enrolment as it now stands, whether anything changed (enrolling twice changes
 * nothing), its waitlist position when waitlisted, and who moved up from the waitlist because of it.
 */
public record Outcome(Enrolment enrolment, boolean changed, Integer position, List<Enrolment> promoted) {

    public Outcome {
        promoted = List.copyOf(promoted);
    }
}
