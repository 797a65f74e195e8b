package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Text;
import org.bimtek.api.course.Tier;
import org.bimtek.api.storage.Database;
import org.bimtek.quiz.internal.types.EssayType;
import org.bimtek.quiz.internal.types.MatchingType;
import org.bimtek.quiz.internal.types.MultipleResponseType;
import org.bimtek.quiz.internal.types.NumericalType;
import org.bimtek.quiz.internal.types.OrderingType;
import org.bimtek.quiz.internal.types.ShortAnswerType;
import org.bimtek.quiz.internal.types.SingleChoiceType;
import org.bimtek.quiz.internal.types.TrueFalseType;

/** Courses for the engine tests: the real demo courses from their folders, or a course made of a few files. */
final class TestCourses {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo courses' folders, relative to this module (the tests' working directory). */
    static final Path GOVERNANCE = Path.of("../courses/governance-dasar/src/main/resources/course");
    static final Path NEWS_WRITING = Path.of("../courses/news-writing-dasar/src/main/resources/course");

    private TestCourses() {
    }

    static QuizCatalog catalog() {
        return new QuizCatalog("a-test-key-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8));
    }

    /** Every built-in type, as the running bundle registers them. */
    static QuestionTypes allTypes() {
        return QuestionTypes.of(new SingleChoiceType(), new MultipleResponseType(), new TrueFalseType(), new MatchingType(),
                new OrderingType(), new NumericalType(), new ShortAnswerType(), new EssayType());
    }

    static AttemptEngine engine(Database database, QuizCatalog catalog) {
        return new AttemptEngine(new AttemptStore(database, 2), catalog, allTypes(), new NoAudit(), () -> 1_800_000_000_000L, "test");
    }

    /** Adds the course in {@code folder} to the catalogue, as the course extender does; returns the course added. */
    static Course add(QuizCatalog catalog, Path folder) {
        try {
            String descriptor = Files.readString(folder.resolve("course.json"), StandardCharsets.UTF_8);
            return add(catalog, descriptor, path -> {
                Path file = folder.resolve(path);
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a course whose files are the given texts. */
    static Course add(QuizCatalog catalog, String descriptor, Map<String, String> files) {
        return add(catalog, descriptor, path -> Optional.ofNullable(files.get(path)).map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    /** A course's files by path, as {@link CourseContent#read} reads them. */
    private interface CourseFiles {
        Optional<byte[]> read(String path) throws IOException;
    }

    private static Course add(QuizCatalog catalog, String descriptor, CourseFiles files) {
        try {
            JsonNode root = JSON.readTree(descriptor);
            Course course = new Course(root.path("id").asText(), root.path("version").asText("1.0.0"), new Text(root.path("id").asText(), null),
                    root.path("area").asText("governance"), Tier.DASAR, new Text("S", null), List.of(), "test");
            catalog.added(course, new CourseContent() {
                @Override
                public Optional<byte[]> read(String path) throws IOException {
                    return files.read(path);
                }

                @Override
                public String descriptor() {
                    return descriptor;
                }
            }, root.path("quizzes"));
            return course;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records nothing: these tests do not look at the audit. */
    private static final class NoAudit implements AuditLog {
        @Override
        public AuditEntry record(String actor, String action, String target, String detail) {
            return null;
        }

        @Override
        public List<AuditEntry> recent(String action, int limit) {
            return List.of();
        }
    }
}
