package org.bimtek.events.internal.enrol;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bimtek.api.registry.UnitKind;

/**
 * One unit a person counts against for quotas: their own unit and every unit above it, each with its kind. A
 * person in Kelurahan Air Putih has {@code KELURAHAN:22}, {@code KECAMATAN:21} and {@code CITY:1}, so a quota on
 * kelurahan counts them for Air Putih and a quota on kecamatan for Samarinda Ulu.
 */
public record QuotaKey(UnitKind kind, long unitId) {

    @Override
    public String toString() {
        return kind.name() + ":" + unitId;
    }

    /** The stored form: keys separated by spaces. */
    public static String format(Collection<QuotaKey> keys) {
        return keys.isEmpty() ? null : keys.stream().map(QuotaKey::toString).collect(Collectors.joining(" "));
    }

    /** Reads the stored form; anything unreadable (a kind since removed) is skipped: it can match no quota. */
    public static Set<QuotaKey> parse(String text) {
        Set<QuotaKey> keys = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        for (String part : text.trim().split("\\s+")) {
            int colon = part.indexOf(':');
            try {
                keys.add(new QuotaKey(UnitKind.valueOf(part.substring(0, colon)), Long.parseLong(part.substring(colon + 1))));
            } catch (RuntimeException unreadable) {
                // skipped, see above
            }
        }
        return keys;
    }
}
