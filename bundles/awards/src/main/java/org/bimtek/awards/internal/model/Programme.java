package org.bimtek.awards.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An award programme for one period, e.g. "Pengelola Medsos Terbaik 2026".
 *
 * @param period the year the programme covers, e.g. {@code 2026}
 * @param winners how many ranks win
 * @param revokedAt set when an administrator withdrew the published result; its credentials stop being valid
 */
public record Programme(long id, String title, String period, Phase phase, int winners, List<Criterion> criteria, String createdBy,
        Instant createdAt, Instant publishedAt, Instant revokedAt, String revocationReason) {

    public Programme {
        criteria = List.copyOf(criteria);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Published and not revoked: what the public sees. */
    public boolean isPublic() {
        return phase == Phase.PUBLISHED && !revoked();
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    public List<Criterion> juryCriteria() {
        return criteria.stream().filter(Criterion::isJury).toList();
    }

    /** The year events are counted in, for the attendance criterion. */
    public int year() {
        return Integer.parseInt(period);
    }

    /** The page where the programme's winners are shown, and where its credentials point. */
    public String verifyPath() {
        return "/penghargaan/" + id;
    }
}
