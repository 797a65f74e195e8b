package org.bimtek.events.internal.enrol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bimtek.api.registry.UnitKind;

/**
 * Who gets a seat: the capacity, and per unit kind at most so many seats for any one unit of that kind. Pure, so
 * that the rules are tested alone; the caller holds the event's lock while it asks and acts on the answer.
 */
public final class SeatRules {

    private final int capacity;
    private final Map<UnitKind, Integer> quotas;

    public SeatRules(int capacity, Map<UnitKind, Integer> quotas) {
        this.capacity = capacity;
        this.quotas = Map.copyOf(quotas);
    }

    /** Why a seat cannot be had: every seat is taken, or the quota of one of the candidate's units is used up. */
    public record Refusal(UnitKind kind, long unitId, int quota) {
        static final Refusal FULL = new Refusal(null, 0, 0);

        public boolean full() {
            return kind == null;
        }
    }

    /** Empty when the candidate fits beside those seated; otherwise why not. */
    public Optional<Refusal> refusal(Collection<? extends Collection<QuotaKey>> seated, Collection<QuotaKey> candidate) {
        if (seated.size() >= capacity) {
            return Optional.of(Refusal.FULL);
        }
        for (QuotaKey key : candidate) {
            Integer quota = quotas.get(key.kind());
            if (quota != null && seated.stream().filter(s -> s.contains(key)).count() >= quota) {
                return Optional.of(new Refusal(key.kind(), key.unitId(), quota));
            }
        }
        return Optional.empty();
    }

    public boolean fits(Collection<? extends Collection<QuotaKey>> seated, Collection<QuotaKey> candidate) {
        return refusal(seated, candidate).isEmpty();
    }

    /**
     * Those of the waitlist (in its order) who move up now: each in turn who fits beside those seated and those
     * already moved up. Someone whose unit's quota is full is passed over, and the next one in order may move up.
     */
    public <T> List<T> promotions(Collection<? extends Collection<QuotaKey>> seated, List<T> waitlist, Function<T, ? extends Collection<QuotaKey>> keys) {
        List<Collection<QuotaKey>> now = new ArrayList<>(seated);
        List<T> promoted = new ArrayList<>();
        for (T waiting : waitlist) {
            if (now.size() >= capacity) {
                break;
            }
            Collection<QuotaKey> k = keys.apply(waiting);
            if (fits(now, k)) {
                now.add(k);
                promoted.add(waiting);
            }
        }
        return promoted;
    }
}
