package org.bimtek.awards.internal.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.CriterionKind;
import org.junit.jupiter.api.Test;

/** The ranking's arithmetic: weights, contributions, rounding, ties and what is not there yet. */
class RankingTest {

    /** The demo programme's criteria: 20 + 15 + 15 + 10 + 40 = 100. */
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("sertifikat", "Tingkat sertifikat", CriterionKind.COMPUTED, ComputedSource.CERTIFICATE_TIER, 20),
            new Criterion("kuis", "Rata-rata nilai kuis", CriterionKind.COMPUTED, ComputedSource.QUIZ_AVERAGE, 15),
            new Criterion("praktik", "Nilai praktik", CriterionKind.COMPUTED, ComputedSource.PRACTICE_SCORE, 15),
            new Criterion("kehadiran", "Kehadiran bimtek", CriterionKind.COMPUTED, ComputedSource.ATTENDANCE, 10),
            new Criterion("konsistensi", "Konsistensi unggahan akun", CriterionKind.JURY, null, 40));

    private static Map<String, ComputedScore> computed(double sertifikat, double kuis, double praktik, double kehadiran) {
        return Map.of("sertifikat", new ComputedScore(sertifikat, null), "kuis", new ComputedScore(kuis, null),
                "praktik", new ComputedScore(praktik, null), "kehadiran", new ComputedScore(kehadiran, null));
    }

    @Test
    void aWorkedExampleWithExactTotalsAndContributions() {
        // Siti: Menengah (7), quizzes 85% (8.5), practice 90% (9), three events (7.5), jurors 8 and 9 (8.5):
        // (20x7 + 15x8.5 + 15x9 + 10x7.5 + 40x8.5) / 100 = 817.5 / 100 = 8.175, rounded half up to 8.18.
        Ranking.Input siti = new Ranking.Input(1, 101, "Siti Rahmawati", "Kelurahan Air Putih", computed(7, 8.5, 9, 7.5),
                Map.of("konsistensi", List.of(8, 9)));
        // Budi: Dasar (4), quizzes 70% (7), no practice data, four events (10), one juror 10:
        // (80 + 105 + 0 + 100 + 400) / 100 = 6.85.
        Ranking.Input budi = new Ranking.Input(2, 102, "Budi Santoso", "Dinas Kesehatan",
                Map.of("sertifikat", new ComputedScore(4, null), "kuis", new ComputedScore(7, null), "praktik", ComputedScore.unavailable(),
                        "kehadiran", new ComputedScore(10, null)), Map.of("konsistensi", List.of(10)));
        // Andi: Mahir (10), quizzes 60%, practice 80%, one event, not scored by the jury yet:
        // (200 + 90 + 120 + 25 + 0) / 100 = 4.35.
        Ranking.Input andi = new Ranking.Input(3, 103, "Andi Wijaya", "Kecamatan Palaran", computed(10, 6, 8, 2.5), Map.of());

        List<Ranking.Entry> ranking = Ranking.rank(CRITERIA, 2, List.of(andi, budi, siti));

        assertEquals(List.of("Siti Rahmawati", "Budi Santoso", "Andi Wijaya"), ranking.stream().map(Ranking.Entry::name).toList());
        assertEquals(List.of(1, 2, 3), ranking.stream().map(Ranking.Entry::rank).toList());
        assertEquals(List.of(new BigDecimal("8.18"), new BigDecimal("6.85"), new BigDecimal("4.35")),
                ranking.stream().map(Ranking.Entry::total).toList());
        assertEquals(List.of(true, true, false), ranking.stream().map(Ranking.Entry::winner).toList());

        Ranking.Entry first = ranking.get(0);
        assertEquals(List.of("1.40", "1.28", "1.35", "0.75", "3.40"), first.lines().stream().map(l -> l.contribution().toPlainString()).toList(),
                "each contribution is weight x score / sum of weights; 15 x 8.5 / 100 = 1.275 rounds to 1.28");
        Ranking.Line jury = first.lines().get(4);
        assertEquals(new BigDecimal("8.50"), jury.score(), "the jurors' mean");
        assertEquals(2, jury.jurors());
        assertNull(jury.note());

        Ranking.Line noPractice = ranking.get(1).lines().get(2);
        assertEquals(new BigDecimal("0.00"), noPractice.score());
        assertEquals(ComputedScore.UNAVAILABLE, noPractice.note());

        Ranking.Line notScored = ranking.get(2).lines().get(4);
        assertEquals(new BigDecimal("0.00"), notScored.score());
        assertEquals(Ranking.NOT_SCORED, notScored.note());
        assertEquals(0, notScored.jurors());
    }

    @Test
    void equalTotalsShareARankOrderedByNameAndTheNextRankIsSkipped() {
        List<Criterion> one = List.of(new Criterion("konsistensi", "Konsistensi", CriterionKind.JURY, null, 3));
        List<Ranking.Entry> ranking = Ranking.rank(one, 2, List.of(
                jury(1, "Zainal", 5), jury(2, "Yusuf Maulana", 7), jury(3, "Wulan", 9), jury(4, "ani suryani", 7)));
        assertEquals(List.of("Wulan", "ani suryani", "Yusuf Maulana", "Zainal"), ranking.stream().map(Ranking.Entry::name).toList(),
                "within the tie by name, whatever the case");
        assertEquals(List.of(1, 2, 2, 4), ranking.stream().map(Ranking.Entry::rank).toList());
        assertEquals(List.of(true, true, true, false), ranking.stream().map(Ranking.Entry::winner).toList(),
                "two winning ranks, and the tie on the second gives three winners");
    }

    @Test
    void totalsAreComparedAsShownToTwoDecimals() {
        List<Criterion> one = List.of(new Criterion("k", "K", CriterionKind.COMPUTED, ComputedSource.QUIZ_AVERAGE, 1));
        // 8.666 and 8.674 are both shown as 8.67: the same total to the reader, so the same rank.
        List<Ranking.Entry> ranking = Ranking.rank(one, 1, List.of(
                new Ranking.Input(1, 1, "Budi", "U", Map.of("k", new ComputedScore(8.666, null)), Map.of()),
                new Ranking.Input(2, 2, "Ani", "U", Map.of("k", new ComputedScore(8.674, null)), Map.of())));
        assertEquals(List.of(1, 1), ranking.stream().map(Ranking.Entry::rank).toList());
        assertEquals(List.of("Ani", "Budi"), ranking.stream().map(Ranking.Entry::name).toList());
        assertEquals(new BigDecimal("8.67"), ranking.get(1).total());
    }

    @Test
    void aJuryMeanThatDoesNotEndIsRoundedOnlyAtTheEnd() {
        List<Criterion> one = List.of(new Criterion("k", "K", CriterionKind.JURY, null, 1));
        List<Ranking.Entry> ranking = Ranking.rank(one, 1, List.of(new Ranking.Input(1, 1, "A", "U", Map.of(), Map.of("k", List.of(8, 9, 9)))));
        assertEquals(new BigDecimal("8.67"), ranking.get(0).total());
        assertEquals(3, ranking.get(0).lines().get(0).jurors());
    }

    @Test
    void aComputedScoreOutsideTheScaleIsHeldTo0To10() {
        List<Criterion> one = List.of(new Criterion("k", "K", CriterionKind.COMPUTED, ComputedSource.QUIZ_AVERAGE, 1));
        List<Ranking.Entry> ranking = Ranking.rank(one, 1, List.of(
                new Ranking.Input(1, 1, "A", "U", Map.of("k", new ComputedScore(12, null)), Map.of()),
                new Ranking.Input(2, 2, "B", "U", Map.of("k", new ComputedScore(-3, null)), Map.of())));
        assertEquals(new BigDecimal("10.00"), ranking.get(0).total());
        assertEquals(new BigDecimal("0.00"), ranking.get(1).total());
        assertFalse(ranking.get(1).winner());
        assertTrue(ranking.get(0).winner());
    }

    private static Ranking.Input jury(long id, String name, int score) {
        return new Ranking.Input(id, id + 100, name, "Unit", Map.of(), Map.of("konsistensi", List.of(score)));
    }
}
