package org.bimtek.certification.internal.ladder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseProgress;
import org.bimtek.api.course.ProgressService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code course-completed course=<id>}: every lesson of the course's installed version completed. */
@Component(property = RequirementType.TYPE_PROPERTY + "=" + CourseCompletedRequirement.NAME)
public final class CourseCompletedRequirement implements RequirementType {

    static final String NAME = "course-completed";
    private final CourseCatalog catalog;
    private final ProgressService progress;

    @Activate
    public CourseCompletedRequirement(@Reference CourseCatalog catalog, @Reference ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> check(Map<String, String> parameters) {
        return parameters.containsKey("course") ? Optional.empty() : Optional.of("parameter course=<id kursus> wajib");
    }

    @Override
    public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
        String courseId = parameters.get("course");
        Optional<Course> course = catalog.course(courseId);
        if (course.isEmpty()) {
            // Progress is kept, but without the course we cannot tell which lessons it has now.
            return Evaluation.missing(Words.of(locale, "Menyelesaikan kursus ", "Complete the course ") + courseId,
                    Words.of(locale, "Kursus ini sedang tidak tersedia.", "This course is not available at the moment."), null);
        }
        String title = course.get().title().in(locale);
        String label = Words.of(locale, "Menyelesaikan kursus ", "Complete the course ") + title;
        String link = "/kursus/" + courseId;
        CourseProgress done = progress.progress(userId, course.get());
        int total = course.get().lessons().size();
        long completed = course.get().lessons().stream().filter(l -> done.completed().contains(l.id())).count();
        if (total > 0 && completed == total) {
            return Evaluation.met(label, link, new Evidence("course", courseId, title, null, null));
        }
        return Evaluation.missing(label, Words.of(locale, (total - completed) + " dari " + total + " pelajaran belum selesai",
                (total - completed) + " of " + total + " lessons not completed yet"), link);
    }
}
