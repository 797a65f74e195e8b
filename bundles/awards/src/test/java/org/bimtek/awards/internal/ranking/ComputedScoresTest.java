package org.bimtek.awards.internal.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.CertificateSummary;
import org.bimtek.api.certification.Certificates;
import org.bimtek.api.course.Tier;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.api.practice.TaskScore;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.quiz.QuizResults;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.junit.jupiter.api.Test;

/** Each computed criterion from its service, and 0 with "data tidak tersedia" while the service is missing. */
class ComputedScoresTest {

    private static final Programme PROGRAMME = new Programme(1, "Uji", "2026", Phase.JURY, 3, List.of(), "admin", Instant.EPOCH, null,
            null, null);
    private static final Nominee SITI = new Nominee(5, 1, 50, "Siti", 7L, 3, "Kelurahan Air Putih", "admin", Instant.EPOCH);

    private final PlatformServices platform = new PlatformServices();
    private final ComputedScores scores = new ComputedScores(platform);

    @Test
    void everySourceIsUnavailableWithoutItsService() {
        for (ComputedSource source : ComputedSource.values()) {
            assertEquals(ComputedScore.unavailable(), scores.score(source, SITI, PROGRAMME), source.name());
        }
    }

    @Test
    void theHighestValidCertificateCounts() {
        platform.bindCertificates(certificates(List.of(
                summary(Tier.MAHIR, CertificateStatus.REVOKED), summary(Tier.DASAR, CertificateStatus.VALID),
                summary(Tier.MENENGAH, CertificateStatus.VALID), summary(Tier.MAHIR, CertificateStatus.EXPIRED))));
        ComputedScore score = scores.score(ComputedSource.CERTIFICATE_TIER, SITI, PROGRAMME);
        assertEquals(7, score.value());
        assertEquals("sertifikat tertinggi: Menengah", score.note());
        assertEquals(4, ComputedScores.tierScore(Tier.DASAR));
        assertEquals(10, ComputedScores.tierScore(Tier.MAHIR));
        platform.bindCertificates(certificates(List.of(summary(Tier.MAHIR, CertificateStatus.REVOKED))));
        assertEquals(0, scores.score(ComputedSource.CERTIFICATE_TIER, SITI, PROGRAMME).value());
    }

    @Test
    void quizAverageIsTheMeanScoreOverTen() {
        platform.bindQuizResults(new QuizResults() {
            @Override
            public Optional<QuizResult> result(long userId, String quizId) {
                return Optional.empty();
            }

            @Override
            public List<QuizResult> results(long userId) {
                return userId == 7 ? List.of(quiz(80), quiz(95), quiz(70)) : List.of();
            }
        });
        ComputedScore score = scores.score(ComputedSource.QUIZ_AVERAGE, SITI, PROGRAMME);
        assertEquals(8.166, score.value(), 0.001);
        assertEquals("rata-rata 81,7 dari 3 kuis", score.note());
        Nominee withoutAccount = new Nominee(6, 1, 51, "Tanpa Akun", null, 3, "Kelurahan Air Putih", "admin", Instant.EPOCH);
        assertEquals(0, scores.score(ComputedSource.QUIZ_AVERAGE, withoutAccount, PROGRAMME).value());
        assertEquals("tidak ada akun pengguna yang tertaut", scores.score(ComputedSource.QUIZ_AVERAGE, withoutAccount, PROGRAMME).note());
    }

    @Test
    void practiceIsTheMeanAcceptedPercentOverTen() {
        platform.bindPracticeResults(userId -> List.of(new TaskScore("a", "c", 90, Instant.EPOCH), new TaskScore("b", "c", 75, Instant.EPOCH)));
        assertEquals(8.25, scores.score(ComputedSource.PRACTICE_SCORE, SITI, PROGRAMME).value(), 1e-9);
        platform.bindPracticeResults(userId -> List.of());
        assertEquals(0, scores.score(ComputedSource.PRACTICE_SCORE, SITI, PROGRAMME).value());
    }

    @Test
    void attendanceCountsTheProgrammesYearInWitaAtTwoAndAHalfEachUpToTen() {
        platform.bindAttendance(userId -> List.of(
                event("2026-03-01T02:00:00Z"), event("2026-06-01T02:00:00Z"),
                // 31 December 2025, 17.00 UTC is 1 January 2026, 01.00 WITA: it counts for 2026.
                event("2025-12-31T17:00:00Z"),
                event("2025-06-01T02:00:00Z")));
        ComputedScore three = scores.score(ComputedSource.ATTENDANCE, SITI, PROGRAMME);
        assertEquals(7.5, three.value());
        assertEquals("3 kegiatan bimtek pada 2026", three.note());
        platform.bindAttendance(userId -> List.of(event("2026-01-05T02:00:00Z"), event("2026-02-05T02:00:00Z"), event("2026-03-05T02:00:00Z"),
                event("2026-04-05T02:00:00Z"), event("2026-05-05T02:00:00Z")));
        assertEquals(10, scores.score(ComputedSource.ATTENDANCE, SITI, PROGRAMME).value(), "at most 10");
    }

    @Test
    void aFailingServiceCountsAsUnavailable() {
        platform.bindAttendance(userId -> {
            throw new IllegalStateException("database gone");
        });
        assertEquals(ComputedScore.unavailable(), scores.score(ComputedSource.ATTENDANCE, SITI, PROGRAMME));
    }

    private static Certificates certificates(List<CertificateSummary> list) {
        return new Certificates() {
            @Override
            public List<CertificateSummary> ofPerson(long personId) {
                return personId == 50 ? list : List.of();
            }

            @Override
            public List<CertificateSummary> ofUser(long userId) {
                return List.of();
            }
        };
    }

    private static CertificateSummary summary(Tier tier, CertificateStatus status) {
        return new CertificateSummary("BMT-1", tier, "Siti", LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), status, "/verify/X");
    }

    private static QuizResult quiz(double score) {
        return new QuizResult(7, "q" + score, "c", score, true, false, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static AttendedEvent event(String startsAt) {
        return new AttendedEvent(1, "Bimtek", List.of(), Instant.parse(startsAt), Instant.parse(startsAt));
    }
}
