package org.bimtek.practice.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.SectionItem;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice tasks of every course in the catalogue: read from a course's {@code "tasks"} section when the course
 * joins, dropped when it leaves (submissions and reviews stay in the database). With two versions of a course
 * installed, the higher one's tasks are the ones shown.
 */
@Component(service = {CourseSection.class, TaskCatalog.class})
public final class TaskCatalog extends TaskSectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TaskCatalog.class);

    private record Declared(String courseId, String version, List<TaskSpec> tasks) {
    }

    private final Map<String, Declared> byCourseVersion = new ConcurrentHashMap<>();
    /** Set by the submissions service: how many submissions of a course wait for a review. */
    private volatile ToIntFunction<String> waitingReviews = courseId -> 0;

    public void waitingReviews(ToIntFunction<String> counter) {
        this.waitingReviews = counter;
    }

    @Override
    public void added(Course course, CourseContent content, JsonNode section) {
        TaskReader.Result result = TaskReader.read(content, section, course.id(), course.version());
        if (!result.problems().isEmpty()) {
            LOG.error("Practice tasks of course {} {} refused: {}", course.id(), course.version(), result.problems());
            return;
        }
        for (TaskSpec task : result.tasks()) {
            Optional<TaskSpec> other = task(task.id()).filter(t -> !t.courseId().equals(course.id()));
            if (other.isPresent()) {
                LOG.error("Task id {} of course {} is already used by course {}: refused", task.id(), course.id(), other.get().courseId());
                return;
            }
        }
        byCourseVersion.put(course.id() + "@" + course.version(), new Declared(course.id(), course.version(), result.tasks()));
        LOG.info("Course {} {}: {} practice task(s)", course.id(), course.version(), result.tasks().size());
    }

    @Override
    public void removed(Course course) {
        byCourseVersion.remove(course.id() + "@" + course.version());
    }

    public Optional<TaskSpec> task(String taskId) {
        return tasks().stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** Every task that can be worked on now, course by course. */
    public List<TaskSpec> tasks() {
        return newest().stream().sorted(Comparator.comparing(Declared::courseId)).flatMap(d -> d.tasks().stream()).toList();
    }

    @Override
    public List<SectionItem> items(String courseId, Locale locale) {
        return tasks().stream().filter(t -> t.courseId().equals(courseId))
                .map(t -> new SectionItem(t.id(), t.title().in(locale), t.kind().name(), "/praktik/" + t.id())).toList();
    }

    @Override
    public List<String> openWork(String courseId, Locale locale) {
        int waiting = waitingReviews.applyAsInt(courseId);
        if (waiting == 0) {
            return List.of();
        }
        return List.of("en".equals(locale.getLanguage()) ? waiting + " practice submission(s) waiting for a review"
                : waiting + " kiriman praktik menunggu penilaian");
    }

    private Collection<Declared> newest() {
        Map<String, Declared> newest = new HashMap<>();
        for (Declared d : new ArrayList<>(byCourseVersion.values())) {
            newest.merge(d.courseId(), d, (a, b) -> Version.parseVersion(a.version()).compareTo(Version.parseVersion(b.version())) >= 0 ? a : b);
        }
        return newest.values();
    }
}
