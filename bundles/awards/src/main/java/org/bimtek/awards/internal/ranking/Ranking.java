package org.bimtek.awards.internal.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bimtek.awards.internal.model.Criterion;

/**
 * The ranking, computed and explained; pure, so that its arithmetic is tested alone.
 * <ul>
 * <li>A criterion's score is 0-10: a COMPUTED one as given; a JURY one the mean of the jurors' scores, or 0 marked
 * "belum dinilai" while nobody has scored it.</li>
 * <li>total = sum(weight x score) / sum(weights), on 0-10, rounded half up to two decimals; each criterion's
 * contribution, weight x score / sum(weights), is listed so that the ranking explains itself.</li>
 * <li>Equal totals share a rank (competition ranking: 1, 2, 2, 4), ordered by name within the tie. The ranks up to
 * the programme's number of winners win, so a tie on the last winning rank gives one winner more.</li>
 * </ul>
 * Decimal arithmetic throughout: in doubles 8.175 would be 8.17499..., and the rounding would depend on the order
 * of the additions.
 */
public final class Ranking {

    public static final String NOT_SCORED = "belum dinilai";
    private static final MathContext PRECISE = MathContext.DECIMAL64;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private Ranking() {
    }

    /** One nominee's inputs: the computed criteria's scores and the jurors' scores, each by criterion id. */
    public record Input(long nomineeId, long personId, String name, String unitName, Map<String, ComputedScore> computed,
            Map<String, List<Integer>> juryScores) {
    }

    /**
     * One criterion of one nominee: its score 0-10 and its contribution to the total, both to two decimals.
     *
     * @param jurors how many jurors scored it (0 for a COMPUTED criterion)
     * @param note where a computed score came from, or "belum dinilai"; null when there is nothing to say
     */
    public record Line(String criterionId, String title, String kind, double weight, BigDecimal score, BigDecimal contribution, int jurors,
            String note) {
    }

    /** One nominee's place. */
    public record Entry(int rank, long nomineeId, long personId, String name, String unitName, BigDecimal total, boolean winner,
            List<Line> lines) {

        public Entry {
            lines = List.copyOf(lines);
        }
    }

    public static List<Entry> rank(List<Criterion> criteria, int winners, List<Input> nominees) {
        BigDecimal weights = criteria.stream().map(c -> BigDecimal.valueOf(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() <= 0) {
            throw new IllegalArgumentException("A programme needs criteria with positive weights");
        }
        List<Entry> unranked = new ArrayList<>();
        for (Input nominee : nominees) {
            unranked.add(score(criteria, weights, nominee));
        }
        unranked.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Entry::nomineeId));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry e = unranked.get(i);
            int rank = i > 0 && e.total().compareTo(unranked.get(i - 1).total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, e.nomineeId(), e.personId(), e.name(), e.unitName(), e.total(), rank <= winners, e.lines()));
        }
        return ranked;
    }

    private static Entry score(List<Criterion> criteria, BigDecimal weights, Input nominee) {
        List<Line> lines = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            BigDecimal weight = BigDecimal.valueOf(c.weight());
            Scored scored = c.isJury() ? jury(nominee.juryScores().get(c.id())) : computed(nominee.computed().get(c.id()));
            BigDecimal product = weight.multiply(scored.value());
            weighted = weighted.add(product);
            lines.add(new Line(c.id(), c.title(), c.kind().name(), c.weight(), twoDecimals(scored.value()),
                    twoDecimals(product.divide(weights, PRECISE)), scored.jurors(), scored.note()));
        }
        return new Entry(0, nominee.nomineeId(), nominee.personId(), nominee.name(), nominee.unitName(),
                twoDecimals(weighted.divide(weights, PRECISE)), false, lines);
    }

    private record Scored(BigDecimal value, int jurors, String note) {
    }

    private static Scored jury(List<Integer> scores) {
        if (scores == null || scores.isEmpty()) {
            return new Scored(BigDecimal.ZERO, 0, NOT_SCORED);
        }
        BigDecimal sum = BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum());
        return new Scored(sum.divide(BigDecimal.valueOf(scores.size()), PRECISE), scores.size(), null);
    }

    private static Scored computed(ComputedScore score) {
        if (score == null) {
            return new Scored(BigDecimal.ZERO, 0, ComputedScore.UNAVAILABLE);
        }
        BigDecimal value = BigDecimal.valueOf(Double.isNaN(score.value()) ? 0 : score.value());
        // A source that misbehaves cannot push a nominee outside the 0-10 scale.
        value = value.max(BigDecimal.ZERO).min(TEN);
        return new Scored(value, 0, score.note());
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
