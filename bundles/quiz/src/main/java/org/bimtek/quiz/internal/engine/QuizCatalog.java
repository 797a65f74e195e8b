package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.SectionItem;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.quiz.internal.bank.QuizReader;
import org.bimtek.quiz.internal.bank.QuizSectionCheck;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quizzes of every course in the catalogue: reads a course's {@code "quizzes"} section when the course
 * joins, drops them when it leaves. When two versions of a course are installed, the higher one's quizzes
 * are the ones started; attempts already running keep their own snapshot whatever happens here.
 */
@Component(service = {CourseSection.class, QuizCatalog.class})
public final class QuizCatalog extends QuizSectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(QuizCatalog.class);

    /** The quizzes of one course version. */
    private record Declared(String courseId, String version, List<CompiledQuiz> quizzes) {
    }

    private final Map<String, Declared> byCourseVersion = new ConcurrentHashMap<>();
    private final byte[] idKey;
    /** Told of each quiz after its course joined; copy-on-write, so that telling them takes no lock. */
    private final List<Consumer<CompiledQuiz>> listeners = new CopyOnWriteArrayList<>();
    /** Set once the engine is up, to say how many attempts a course still has open. */
    private volatile OpenAttempts openAttempts = courseId -> 0;

    /** What the engine can say about open attempts, without the catalogue depending on the engine. */
    @FunctionalInterface
    interface OpenAttempts {
        int count(String courseId);
    }

    @Activate
    public QuizCatalog(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.quiz)") Schema schema) {
        this(IdKey.load(database));
    }

    QuizCatalog(byte[] idKey) {
        this.idKey = idKey.clone();
    }

    void openAttempts(OpenAttempts counter) {
        this.openAttempts = counter;
    }

    /**
     * Tells {@code onAdded} of every quiz of a course that joins from now on (a course that leaves and comes back
     * is told again), on the thread that adds the course, after its quizzes can be started. Quizzes already here
     * are not replayed: read {@link #quizzes()} after adding the listener.
     */
    public void addListener(Consumer<CompiledQuiz> onAdded) {
        listeners.add(onAdded);
    }

    public void removeListener(Consumer<CompiledQuiz> onAdded) {
        listeners.remove(onAdded);
    }

    @Override
    public void added(Course course, CourseContent content, JsonNode section) {
        QuizReader.Result result = QuizReader.read(content, section, course.id(), course.version(), idKey);
        if (!result.problems().isEmpty()) {
            LOG.error("Quizzes of course {} {} refused: {}", course.id(), course.version(), result.problems());
            return;
        }
        for (CompiledQuiz quiz : result.quizzes()) {
            Optional<CompiledQuiz> other = quiz(quiz.id()).filter(q -> !q.courseId().equals(course.id()));
            if (other.isPresent()) {
                LOG.error("Quiz id {} of course {} is already used by course {}: refused", quiz.id(), course.id(), other.get().courseId());
                return;
            }
        }
        byCourseVersion.put(key(course.id(), course.version()), new Declared(course.id(), course.version(), result.quizzes()));
        LOG.info("Course {} {}: {} quiz(zes)", course.id(), course.version(), result.quizzes().size());
        tell(result.quizzes());
    }

    /** A listener that fails must not refuse the course nor keep the others from hearing of it. */
    private void tell(List<CompiledQuiz> quizzes) {
        for (Consumer<CompiledQuiz> listener : listeners) {
            for (CompiledQuiz quiz : quizzes) {
                try {
                    listener.accept(quiz);
                } catch (RuntimeException e) {
                    LOG.warn("A quiz listener failed on quiz {}", quiz.id(), e);
                }
            }
        }
    }

    @Override
    public void removed(Course course) {
        byCourseVersion.remove(key(course.id(), course.version()));
    }

    /** The quiz to start attempts from: the one of the highest installed version of its course. */
    public Optional<CompiledQuiz> quiz(String quizId) {
        return newest().stream().flatMap(d -> d.quizzes().stream()).filter(q -> q.id().equals(quizId)).findFirst();
    }

    /** Every quiz that can be started now, course by course. */
    public List<CompiledQuiz> quizzes() {
        return newest().stream().sorted(Comparator.comparing(Declared::courseId)).flatMap(d -> d.quizzes().stream()).toList();
    }

    @Override
    public List<SectionItem> items(String courseId, Locale locale) {
        return quizzes().stream().filter(q -> q.courseId().equals(courseId))
                .map(q -> new SectionItem(q.id(), q.spec().title().in(locale), null, "/kuis/" + q.id())).toList();
    }

    @Override
    public List<String> openWork(String courseId, Locale locale) {
        int open = openAttempts.count(courseId);
        if (open == 0) {
            return List.of();
        }
        return List.of("en".equals(locale.getLanguage()) ? open + " quiz attempt(s) still in progress"
                : open + " percobaan kuis masih berjalan");
    }

    /** Per course id, the declaration of its highest installed version. */
    private Collection<Declared> newest() {
        Map<String, Declared> newest = new java.util.HashMap<>();
        for (Declared d : new ArrayList<>(byCourseVersion.values())) {
            newest.merge(d.courseId(), d, (a, b) -> Version.parseVersion(a.version()).compareTo(Version.parseVersion(b.version())) >= 0 ? a : b);
        }
        return newest.values();
    }

    private static String key(String courseId, String version) {
        return courseId + "@" + version;
    }
}
