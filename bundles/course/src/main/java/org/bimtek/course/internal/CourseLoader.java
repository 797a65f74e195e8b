package org.bimtek.course.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseModule;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.Text;
import org.bimtek.api.course.Tier;

/**
 * Reads and checks a course: the descriptor, every lesson, every media file a lesson
 * uses. All problems are collected (not just the first), each with its file and line,
 * so that an instructor can fix them in one go.
 */
final class CourseLoader {

    static final String DESCRIPTOR = "course.json";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    static final Pattern AREA = Pattern.compile("[a-z]+(-[a-z]+)*");
    static final Pattern VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}");
    static final int MAX_LESSON_BYTES = 512 * 1024;
    static final int MAX_MEDIA_BYTES = 20 * 1024 * 1024;

    private static final ObjectMapper STRICT = new ObjectMapper()
            // A field written twice is a mistake to name, not a cryptic "no fallback setter" from the record binding.
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CourseLoader() {
    }

    /**
     * Loads from a source whose descriptor is {@code course.json} at the course folder's root. A section
     * ({@code quizzes}, {@code tasks}) is checked by the service among {@code sections} that reads it; one
     * with no such service is kept unchecked, to be offered when its service appears.
     */
    static LoadedCourse load(CourseSource source, String bundleSymbolicName, Collection<CourseSection> sections) {
        List<Problem> problems = new ArrayList<>();
        try {
            Optional<byte[]> bytes = source.read(DESCRIPTOR);
            if (bytes.isEmpty()) {
                return LoadedCourse.refused(List.of(new Problem(DESCRIPTOR, 0, "descriptor not found")));
            }
            String text = new String(bytes.get(), StandardCharsets.UTF_8);
            Descriptor descriptor;
            try {
                descriptor = STRICT.readValue(text, Descriptor.class);
            } catch (JsonProcessingException e) {
                // Jackson reports an unknown field of a record at the end of its object; the field's own line is more useful.
                int line = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown
                        ? lineOf(text, "\"" + unknown.getPropertyName() + "\"")
                        : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                return LoadedCourse.refused(List.of(new Problem(DESCRIPTOR, line, "invalid JSON: " + e.getOriginalMessage())));
            }
            // Lessons are checked even when the descriptor has problems, so that every error shows at once.
            Course course = checkDescriptor(descriptor, text, bundleSymbolicName, problems);
            Map<String, String> html = new LinkedHashMap<>();
            Set<String> media = new HashSet<>();
            LessonRenderer renderer = new LessonRenderer(course);
            for (Lesson lesson : course.lessons()) {
                renderLesson(source, renderer, lesson, html, media, problems);
            }
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (String path : media) {
                checkMedia(source, path, problems).ifPresent(size -> sizes.put(path, size));
            }
            SectionContent content = new SectionContent(source, text);
            Map<String, JsonNode> found = checkSections(descriptor, content, sections, problems);
            return problems.isEmpty() ? new LoadedCourse(course, html, Map.copyOf(sizes), found, content, List.of())
                    : LoadedCourse.refused(problems);
        } catch (IOException e) {
            problems.add(new Problem(source.name(), 0, "cannot be read: " + e.getMessage()));
            return LoadedCourse.refused(problems);
        }
    }

    /** The sections the descriptor has, each checked by its service when there is one. */
    private static Map<String, JsonNode> checkSections(Descriptor descriptor, SectionContent content,
            Collection<CourseSection> services, List<Problem> problems) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        putIfPresent(found, "quizzes", descriptor.quizzes());
        putIfPresent(found, "tasks", descriptor.tasks());
        for (CourseSection service : services) {
            JsonNode section = found.get(service.name());
            if (section != null) {
                try {
                    problems.addAll(service.check(content, section));
                } catch (RuntimeException e) {
                    // A faulty section service must not take the course platform down with it.
                    problems.add(new Problem(DESCRIPTOR, content.descriptorLine("\"" + service.name() + "\""),
                            service.name() + " could not be checked: " + e));
                }
            }
        }
        return Map.copyOf(found);
    }

    private static void putIfPresent(Map<String, JsonNode> map, String name, JsonNode node) {
        if (node != null && !node.isNull()) {
            map.put(name, node);
        }
    }

    private static void renderLesson(CourseSource source, LessonRenderer renderer, Lesson lesson, Map<String, String> html,
            Set<String> media, List<Problem> problems) throws IOException {
        if (lesson.file() == null) {
            return; // reported with the descriptor
        }
        Optional<byte[]> markdown = source.read(lesson.file());
        if (markdown.isEmpty()) {
            problems.add(new Problem(DESCRIPTOR, 0, "lesson file not found: " + lesson.file()));
            return;
        }
        if (markdown.get().length > MAX_LESSON_BYTES) {
            problems.add(new Problem(lesson.file(), 0, "lesson larger than " + MAX_LESSON_BYTES / 1024 + " KB"));
            return;
        }
        LessonRenderer.Result result = renderer.render(lesson, new String(markdown.get(), StandardCharsets.UTF_8),
                path -> exists(source, path));
        problems.addAll(result.problems());
        media.addAll(result.media());
        html.put(lesson.id(), result.html());
    }

    /** Checks a media file; returns its size when it exists. */
    private static Optional<Long> checkMedia(CourseSource source, String path, List<Problem> problems) throws IOException {
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            return Optional.empty(); // reported where it is used
        }
        if (bytes.get().length > MAX_MEDIA_BYTES) {
            problems.add(new Problem(path, 0, "media file larger than " + MAX_MEDIA_BYTES / (1024 * 1024) + " MB"));
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            String svg = new String(bytes.get(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (svg.contains("<script") || Pattern.compile("\\son[a-z]+\\s*=").matcher(svg).find()
                    || svg.contains("javascript:") || svg.contains("<foreignobject")) {
                problems.add(new Problem(path, 0, "SVG with script or event handlers is not allowed"));
            }
        }
        return Optional.of((long) bytes.get().length);
    }

    private static boolean exists(CourseSource source, String path) {
        try {
            return source.read(path).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static Course checkDescriptor(Descriptor d, String text, String bundle, List<Problem> problems) {
        requireId(d.id(), "course id", text, problems);
        if (d.version() == null || !VERSION.matcher(d.version()).matches()) {
            problems.add(at(text, d.version(), "version must be major.minor.patch, e.g. 1.0.0"));
        }
        Text title = text(d.title(), "title", 120, text, problems);
        Text summary = text(d.summary(), "summary", 600, text, problems);
        if (d.area() == null || !AREA.matcher(d.area()).matches()) {
            problems.add(at(text, d.area(), "area must be lowercase words joined by '-', e.g. news-writing"));
        }
        Tier tier = null;
        try {
            tier = d.tier() == null ? null : Tier.valueOf(d.tier());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (tier == null) {
            problems.add(at(text, d.tier(), "tier must be DASAR, MENENGAH or MAHIR"));
        }
        List<CourseModule> modules = new ArrayList<>();
        if (d.modules() == null || d.modules().isEmpty()) {
            problems.add(new Problem(DESCRIPTOR, lineOf(text, "\"modules\""), "a course needs at least one module"));
        } else {
            Set<String> lessonIds = new HashSet<>();
            Set<String> moduleIds = new HashSet<>();
            for (Descriptor.ModuleJson m : d.modules()) {
                modules.add(module(m, text, moduleIds, lessonIds, problems));
            }
        }
        return new Course(d.id(), d.version(), title, d.area(), tier, summary, modules, bundle);
    }

    private static CourseModule module(Descriptor.ModuleJson m, String text, Set<String> moduleIds, Set<String> lessonIds,
            List<Problem> problems) {
        if (requireId(m.id(), "module id", text, problems) && !moduleIds.add(m.id())) {
            problems.add(at(text, m.id(), "module id '" + m.id() + "' is used twice"));
        }
        Text title = text(m.title(), "module title", 120, text, problems);
        List<Lesson> lessons = new ArrayList<>();
        if (m.lessons() == null || m.lessons().isEmpty()) {
            problems.add(at(text, m.id(), "module '" + m.id() + "' has no lessons"));
        } else {
            for (Descriptor.LessonJson l : m.lessons()) {
                if (requireId(l.id(), "lesson id", text, problems) && !lessonIds.add(l.id())) {
                    problems.add(at(text, l.id(), "lesson id '" + l.id() + "' is used twice"));
                }
                Text lessonTitle = text(l.title(), "lesson title", 120, text, problems);
                String file = l.file() == null ? null : LessonRenderer.normalise("", l.file());
                if (file == null || !file.endsWith(".md")) {
                    problems.add(at(text, l.file(), "lesson file must be a .md file inside the course folder"));
                    file = null;
                }
                lessons.add(new Lesson(l.id(), lessonTitle, file, l.minutes() == null ? 0 : l.minutes()));
            }
        }
        return new CourseModule(m.id(), title, lessons);
    }

    private static boolean requireId(String id, String what, String text, List<Problem> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(at(text, id, what + " must be 3-64 characters: lowercase letters, digits and '-'"
                    + (id == null ? " (missing)" : ", not '" + id + "'")));
            return false;
        }
        return true;
    }

    private static Text text(Descriptor.TextJson json, String what, int max, String text, List<Problem> problems) {
        if (json == null || json.id() == null || json.id().isBlank()) {
            problems.add(new Problem(DESCRIPTOR, 0, what + " needs an Indonesian text (\"id\")"));
            return null;
        }
        if (json.id().length() > max || (json.en() != null && json.en().length() > max)) {
            problems.add(at(text, json.id(), what + " longer than " + max + " characters"));
        }
        return new Text(json.id().strip(), json.en() == null ? null : json.en().strip());
    }

    private static Problem at(String text, String value, String message) {
        return new Problem(DESCRIPTOR, value == null ? 0 : lineOf(text, "\"" + value + "\""), message);
    }

    /** The 1-based line of the first occurrence of {@code needle}, 0 when absent. */
    static int lineOf(String text, String needle) {
        return org.bimtek.api.course.CourseContent.lineOf(text, needle);
    }
}
