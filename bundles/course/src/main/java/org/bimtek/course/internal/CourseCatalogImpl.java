package org.bimtek.course.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.Media;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.RenderedLesson;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The course extender and the catalogue it fills. Every ACTIVE bundle with a
 * {@code Bimtek-Course} header is read and checked off the framework thread; a valid
 * course joins the catalogue, a broken one is reported (log, audit, {@link #problems()})
 * and skipped without touching the others. When the bundle stops, its course leaves.
 */
@Component(service = CourseCatalog.class, immediate = true)
public final class CourseCatalogImpl implements CourseCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(CourseCatalogImpl.class);

    /** What one active course bundle contributed. */
    private record Entry(Bundle bundle, LoadedCourse loaded) {
    }

    private final Map<Long, Entry> byBundle = new ConcurrentHashMap<>();
    /** The newest version of each course id, rebuilt when a course bundle comes or goes: read on every lesson request. */
    private volatile Map<String, LoadedCourse> current = Map.of();
    private final Map<String, List<Problem>> problems = new ConcurrentHashMap<>();
    private final AuditLog audit;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bimtek-course-extender");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<Bundle> tracker;
    /** The services that read sections of course.json (quizzes, tasks), as they come and go. */
    private final List<CourseSection> sections = new CopyOnWriteArrayList<>();

    @Activate
    public CourseCatalogImpl(BundleContext context, @Reference AuditLog audit) {
        this.audit = audit;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(COURSE_HEADER);
                if (header == null) {
                    return null;
                }
                // A null event: the bundle was already there when the tracker opened (a restart, not an install).
                boolean live = event != null;
                reader.execute(() -> load(bundle, header, live));
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                // Not "remove": inside this class that name is BundleTracker's own method.
                boolean live = event != null;
                reader.execute(() -> unload(bundle, live));
            }
        };
    }

    /** Opened after the section services present at start are bound, so that the first courses are checked by them. */
    @Activate
    void open() {
        tracker.open();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSection(CourseSection section) {
        sections.add(section);
        // Courses loaded before this service came have their section offered now.
        reader.execute(() -> byBundle.values().forEach(entry -> offer(section, entry.loaded())));
    }

    void removeSection(CourseSection section) {
        sections.remove(section);
    }

    private void offer(CourseSection section, LoadedCourse loaded) {
        JsonNode node = loaded.sections().get(section.name());
        if (node == null) {
            return;
        }
        try {
            section.added(loaded.course(), loaded.content(), node);
        } catch (RuntimeException e) {
            LOG.error("The {} of course {} {} could not be taken up", section.name(), loaded.course().id(), loaded.course().version(), e);
        }
    }

    private void withdraw(Course course) {
        for (CourseSection section : sections) {
            try {
                section.removed(course);
            } catch (RuntimeException e) {
                LOG.error("The {} of course {} {} could not be withdrawn", section.name(), course.id(), course.version(), e);
            }
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        reader.shutdown();
        reader.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void load(Bundle bundle, String descriptorPath, boolean live) {
        String name = bundle.getSymbolicName();
        LoadedCourse loaded = descriptorPath.endsWith(CourseLoader.DESCRIPTOR)
                ? CourseLoader.load(new BundleSource(bundle, descriptorPath), name, sections)
                : LoadedCourse.refused(List.of(new Problem("META-INF/MANIFEST.MF", 0,
                        COURSE_HEADER + " must name the course's " + CourseLoader.DESCRIPTOR + ", not " + descriptorPath)));
        if (bundle.getState() != Bundle.ACTIVE) {
            return; // stopped while it was being read
        }
        if (!loaded.isValid()) {
            problems.put(name, loaded.problems());
            LOG.error("Course bundle {} refused: {}", name, loaded.problems());
            audit.record(AuditLog.SYSTEM, "course.refused", "bundle:" + name, loaded.problems().toString());
            return;
        }
        problems.remove(name);
        byBundle.put(bundle.getBundleId(), new Entry(bundle, loaded));
        current = newest();
        Course course = loaded.course();
        sections.forEach(section -> offer(section, loaded));
        loaded.sections().keySet().stream().filter(n -> sections.stream().noneMatch(s -> s.name().equals(n)))
                .forEach(n -> LOG.info("Course {} has {}, but no bundle reads them yet: they are taken up when one starts", course.id(), n));
        LOG.info("Course {} {} added from {}", course.id(), course.version(), name);
        if (live) {
            audit.record(AuditLog.SYSTEM, "course.added", "course:" + course.id(), "version " + course.version() + " from bundle " + name);
        }
    }

    private void unload(Bundle bundle, boolean live) {
        Entry removed = byBundle.remove(bundle.getBundleId());
        current = newest();
        problems.remove(bundle.getSymbolicName());
        if (removed != null) {
            Course course = removed.loaded().course();
            withdraw(course);
            LOG.info("Course {} {} removed", course.id(), course.version());
            if (live) {
                audit.record(AuditLog.SYSTEM, "course.removed", "course:" + course.id(),
                        "version " + course.version() + " from bundle " + bundle.getSymbolicName());
            }
        }
    }

    private Map<String, LoadedCourse> current() {
        return current;
    }

    private Map<String, LoadedCourse> newest() {
        Map<String, LoadedCourse> newest = new TreeMap<>();
        for (Entry entry : byBundle.values()) {
            Course course = entry.loaded().course();
            newest.merge(course.id(), entry.loaded(),
                    (a, b) -> compareVersions(a.course().version(), b.course().version()) >= 0 ? a : b);
        }
        return Map.copyOf(newest);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public List<Course> courses() {
        return current().values().stream().map(LoadedCourse::course)
                .sorted(Comparator.comparing(Course::tier).thenComparing(Course::area).thenComparing(Course::id)).toList();
    }

    @Override
    public Optional<Course> course(String courseId) {
        return Optional.ofNullable(current().get(courseId)).map(LoadedCourse::course);
    }

    @Override
    public Optional<RenderedLesson> lesson(String courseId, String lessonId) {
        LoadedCourse loaded = current().get(courseId);
        if (loaded == null || !loaded.lessonHtml().containsKey(lessonId)) {
            return Optional.empty();
        }
        List<Lesson> lessons = loaded.course().lessons();
        int index = lessons.indexOf(loaded.course().lesson(lessonId).orElseThrow());
        return Optional.of(new RenderedLesson(loaded.course(), lessons.get(index), loaded.lessonHtml().get(lessonId),
                index > 0 ? lessons.get(index - 1) : null, index + 1 < lessons.size() ? lessons.get(index + 1) : null));
    }

    @Override
    public Optional<Media> media(String courseId, String path) {
        LoadedCourse loaded = current.get(courseId);
        Long size = loaded == null ? null : loaded.media().get(path);
        if (size == null) {
            return Optional.empty();
        }
        for (Entry entry : byBundle.values()) {
            if (entry.loaded() == loaded) {
                Bundle bundle = entry.bundle();
                BundleSource source = new BundleSource(bundle, bundle.getHeaders("").get(COURSE_HEADER));
                return Optional.of(new Media(MediaTypes.of(path), size,
                        "\"" + courseId + "-" + loaded.course().version() + "-" + Integer.toHexString(path.hashCode()) + "\"",
                        () -> source.open(path)));
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, List<Problem>> problems() {
        return Map.copyOf(problems);
    }
}
