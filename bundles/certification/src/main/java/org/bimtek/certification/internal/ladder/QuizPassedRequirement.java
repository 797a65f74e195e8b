package org.bimtek.certification.internal.ladder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.quiz.QuizResults;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code quiz-passed quiz=<id> minScore=<percent>}: the quiz passed (its own pass mark) with at least
 * {@code minScore}, by the quiz's grading method. Results outlive the course bundle, so this stays answerable
 * when the course is removed.
 */
@Component(property = RequirementType.TYPE_PROPERTY + "=" + QuizPassedRequirement.NAME)
public final class QuizPassedRequirement implements RequirementType {

    static final String NAME = "quiz-passed";
    private final QuizResults results;
    private final CourseCatalog catalog;

    @Activate
    public QuizPassedRequirement(@Reference QuizResults results, @Reference CourseCatalog catalog) {
        this.results = results;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> check(Map<String, String> parameters) {
        if (!parameters.containsKey("quiz")) {
            return Optional.of("parameter quiz=<id kuis> wajib");
        }
        String min = parameters.get("minScore");
        try {
            double value = min == null ? 0 : Double.parseDouble(min);
            return value < 0 || value > 100 ? Optional.of("minScore harus 0-100") : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("minScore harus berupa angka");
        }
    }

    @Override
    public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
        String quizId = parameters.get("quiz");
        double min = parameters.containsKey("minScore") ? Double.parseDouble(parameters.get("minScore")) : 0;
        Optional<QuizResult> result = results.result(userId, quizId);
        String title = title(quizId, result, locale);
        String label = Words.of(locale, "Lulus " + title + (min > 0 ? " dengan nilai minimal " + format(min) : ""),
                "Pass " + title + (min > 0 ? " with a score of at least " + format(min) : ""));
        String link = "/kuis/" + quizId;
        if (result.isEmpty()) {
            return Evaluation.missing(label, Words.of(locale, "Belum dikerjakan", "Not taken yet"), link);
        }
        QuizResult r = result.get();
        if (r.pendingGrading()) {
            return Evaluation.missing(label, Words.of(locale, "Menunggu penilaian instruktur", "Awaiting the instructor's grading"), link);
        }
        if (!r.passed() || r.score() + 1e-9 < min) {
            return Evaluation.missing(label, Words.of(locale, "Nilai saat ini " + format(r.score()) + (r.passed() ? "" : ", belum lulus"),
                    "Current score " + format(r.score()) + (r.passed() ? "" : ", not passed")), link);
        }
        // The latest passing attempt dates the evidence: a retake is fresh work for recertification even when the
        // counted (highest) score is an older one.
        return Evaluation.met(label, link, new Evidence("quiz", quizId, title, r.score(), r.lastPassedAt() != null ? r.lastPassedAt()
                : r.finishedAt()));
    }

    /** "kuis <course title>" while the course is installed; the quiz id otherwise. */
    private String title(String quizId, Optional<QuizResult> result, Locale locale) {
        String courseId = result.map(QuizResult::courseId).orElse(null);
        if (courseId == null && quizId.startsWith("kuis-")) {
            courseId = quizId.substring("kuis-".length());
        }
        Optional<Course> course = courseId == null ? Optional.empty() : catalog.course(courseId);
        return Words.of(locale, "kuis ", "the quiz ") + course.map(c -> c.title().in(locale)).orElse(quizId);
    }

    static String format(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : String.format(Locale.ROOT, "%.1f", score);
    }
}
