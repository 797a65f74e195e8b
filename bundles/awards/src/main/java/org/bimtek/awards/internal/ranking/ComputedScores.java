package org.bimtek.awards.internal.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.CertificateSummary;
import org.bimtek.api.course.Tier;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.api.practice.TaskScore;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.registry.Person;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;
import org.bimtek.awards.internal.platform.PlatformServices;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The COMPUTED criteria, each a score 0-10 read through the other features' services. A feature that is not installed,
 * or that fails, gives 0 with "data tidak tersedia": the ranking is still made, and says why.
 */
@Component(service = ComputedScores.class)
public final class ComputedScores {

    private static final Logger LOG = LoggerFactory.getLogger(ComputedScores.class);
    static final double POINTS_PER_EVENT = 2.5;

    private final PlatformServices platform;

    @Activate
    public ComputedScores(@Reference PlatformServices platform) {
        this.platform = platform;
    }

    public ComputedScore score(ComputedSource source, Nominee nominee, Programme programme) {
        try {
            return switch (source) {
                case CERTIFICATE_TIER -> certificateTier(nominee);
                case QUIZ_AVERAGE -> byAccount(nominee, platform.quizResults(), q -> quizAverage(q.results(accountOf(nominee))));
                case PRACTICE_SCORE -> byAccount(nominee, platform.practiceResults(), p -> practiceAverage(p.accepted(accountOf(nominee))));
                case ATTENDANCE -> byAccount(nominee, platform.attendance(), a -> attendance(a.attended(accountOf(nominee)), programme.year()));
            };
        } catch (RuntimeException e) {
            LOG.warn("Award criterion {} of nominee {} could not be read; counted as 0", source, nominee.id(), e);
            return ComputedScore.unavailable();
        }
    }

    private ComputedScore certificateTier(Nominee nominee) {
        if (platform.certificates().isEmpty()) {
            return ComputedScore.unavailable();
        }
        Optional<Tier> highest = platform.certificates().get().ofPerson(nominee.personId()).stream()
                .filter(c -> c.status() == CertificateStatus.VALID).map(CertificateSummary::tier).max(Comparator.naturalOrder());
        if (highest.isEmpty()) {
            return new ComputedScore(0, "belum ada sertifikat yang berlaku");
        }
        return new ComputedScore(tierScore(highest.get()), "sertifikat tertinggi: " + tierTitle(highest.get()));
    }

    static double tierScore(Tier tier) {
        return switch (tier) {
            case DASAR -> 4;
            case MENENGAH -> 7;
            case MAHIR -> 10;
        };
    }

    private static String tierTitle(Tier tier) {
        return switch (tier) {
            case DASAR -> "Dasar";
            case MENENGAH -> "Menengah";
            case MAHIR -> "Mahir";
        };
    }

    /**
     * A criterion kept by login account: the service must be there, and the nominee must have an account. The account is
     * the registry's current link, so that an account linked after the nomination still counts.
     */
    private <S> ComputedScore byAccount(Nominee nominee, Optional<S> service, Function<S, ComputedScore> read) {
        if (service.isEmpty()) {
            return ComputedScore.unavailable();
        }
        if (accountOf(nominee) == null) {
            return new ComputedScore(0, "tidak ada akun pengguna yang tertaut");
        }
        return read.apply(service.get());
    }

    private Long accountOf(Nominee nominee) {
        return platform.registry().flatMap(r -> r.person(nominee.personId())).map(Person::userId).orElse(nominee.userId());
    }

    static ComputedScore quizAverage(List<QuizResult> results) {
        if (results.isEmpty()) {
            return new ComputedScore(0, "belum ada hasil kuis");
        }
        double mean = results.stream().mapToDouble(QuizResult::score).average().orElse(0);
        return new ComputedScore(mean / 10, "rata-rata " + oneDecimal(mean) + " dari " + results.size() + " kuis");
    }

    static ComputedScore practiceAverage(List<TaskScore> accepted) {
        if (accepted.isEmpty()) {
            return new ComputedScore(0, "belum ada praktik yang diterima");
        }
        double mean = accepted.stream().mapToDouble(TaskScore::percent).average().orElse(0);
        return new ComputedScore(mean / 10, "rata-rata " + oneDecimal(mean) + "% dari " + accepted.size() + " tugas diterima");
    }

    /** 2.5 per event that started in the programme's year (in WITA, where the events are held), at most 10. */
    static ComputedScore attendance(List<AttendedEvent> events, int year) {
        long count = events.stream().filter(e -> e.startsAt() != null && e.startsAt().atZone(Words.WITA).getYear() == year).count();
        return new ComputedScore(Math.min(10, POINTS_PER_EVENT * count), count + " kegiatan bimtek pada " + year);
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
