package org.bimtek.certification.internal.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.course.Tier;

/**
 * The certification ladder, read from configuration ({@code etc/org.bimtek.certification.cfg}):
 *
 * <pre>
 * ladder.DASAR.requirements = course-completed course=penulisan-berita-dasar; quiz-passed quiz=kuis-penulisan-berita-dasar minScore=70
 * ladder.DASAR.validityYears = 3
 * ladder.MENENGAH.approval = true
 * </pre>
 *
 * Every tier above the lowest requires the tier below held and valid; the ladder adds that requirement itself
 * so that a configuration cannot forget it.
 */
public record Ladder(List<TierSpec> tiers) {

    public static final String TIER_HELD = "tier-held";
    static final int DEFAULT_VALIDITY_YEARS = 3;

    public Ladder {
        tiers = List.copyOf(tiers);
    }

    public static Ladder from(Map<String, ?> properties) {
        List<TierSpec> tiers = new ArrayList<>();
        Tier previous = null;
        for (Tier tier : Tier.values()) {
            String prefix = "ladder." + tier.name() + ".";
            List<RequirementSpec> requirements = new ArrayList<>();
            if (previous != null) {
                requirements.add(new RequirementSpec(TIER_HELD, Map.of("tier", previous.name())));
            }
            for (String part : text(properties, prefix + "requirements", "").split(";")) {
                if (!part.isBlank()) {
                    RequirementSpec spec = RequirementSpec.parse(part);
                    if (!requirements.contains(spec)) {
                        requirements.add(spec);
                    }
                }
            }
            int years = number(properties, prefix + "validityYears", DEFAULT_VALIDITY_YEARS);
            if (years < 1 || years > 50) {
                throw new IllegalArgumentException(prefix + "validityYears harus antara 1 dan 50 tahun, bukan " + years);
            }
            String title = text(properties, prefix + "title", defaultTitle(tier));
            tiers.add(new TierSpec(tier, title, years, Boolean.parseBoolean(text(properties, prefix + "approval", "false")), requirements));
            previous = tier;
        }
        return new Ladder(tiers);
    }

    static String defaultTitle(Tier tier) {
        String name = tier.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    private static int number(Map<String, ?> properties, String key, int fallback) {
        String value = text(properties, key, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " harus berupa angka, bukan '" + value + "'", e);
        }
    }

    public TierSpec tier(Tier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }

    public Optional<TierSpec> below(Tier tier) {
        return tier.ordinal() == 0 ? Optional.empty() : Optional.of(tiers.get(tier.ordinal() - 1));
    }
}
