package org.bimtek.api.practice;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Trainees' accepted practice work, for what builds on it (the awards' criteria). */
@ProviderType
public interface PracticeResults {

    /** Every practice task the trainee had accepted, with its best accepted score. */
    List<TaskScore> accepted(long userId);
}
