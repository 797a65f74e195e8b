package org.bimtek.certification.internal.ladder;

import java.util.List;
import org.bimtek.api.certification.Evaluation;

/** A trainee's standing on one tier: each requirement evaluated, in the ladder's order. */
public record TierProgress(TierSpec spec, List<Evaluation> requirements) {

    public TierProgress {
        requirements = List.copyOf(requirements);
    }

    public long met() {
        return requirements.stream().filter(Evaluation::met).count();
    }

    public boolean complete() {
        return spec.configured() && met() == requirements.size();
    }
}
