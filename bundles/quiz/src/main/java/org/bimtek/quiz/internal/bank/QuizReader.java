package org.bimtek.quiz.internal.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.Text;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.quiz.internal.format.ParseResult;
import org.bimtek.quiz.internal.format.ParsedQuestion;
import org.bimtek.quiz.internal.format.QuestionFiles;
import org.bimtek.quiz.internal.types.QuestionDefinitions;

/**
 * Reads the {@code "quizzes"} section of a course: each quiz's settings and its question banks, checked
 * all at once so that an instructor sees every problem with its file and line.
 */
public final class QuizReader {

    static final String DESCRIPTOR = "course.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    private static final int MAX_BANK_BYTES = 2 * 1024 * 1024;
    private static final int MAX_MINUTES = 600;
    private static final double MIN_MINUTES = 0.05;
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A quiz exactly as written in course.json; unknown fields are refused so that a typo is an error. */
    record QuizJson(String id, TextJson title, List<String> banks, List<DrawJson> draw, Boolean shuffleQuestions,
            Boolean shuffleOptions, Double timeLimitMinutes, Integer attemptsAllowed, Integer passMark, String grading,
            String review, String opensAt, String closesAt) {
    }

    record TextJson(String id, String en) {
    }

    record DrawJson(String category, Integer count) {
    }

    /** The quizzes read, and the problems found; the quizzes count only when there are no problems. */
    public record Result(List<CompiledQuiz> quizzes, List<Problem> problems) {
    }

    private QuizReader() {
    }

    /**
     * Reads the section of course {@code courseId} at {@code courseVersion}; {@code idKey} makes the options' opaque
     * ids (see {@link QuestionDefinitions}).
     */
    public static Result read(CourseContent content, JsonNode section, String courseId, String courseVersion, byte[] idKey) {
        List<Problem> problems = new ArrayList<>();
        List<CompiledQuiz> quizzes = new ArrayList<>();
        if (!section.isArray()) {
            problems.add(new Problem(DESCRIPTOR, content.descriptorLine("\"quizzes\""), "\"quizzes\" must be a list of quizzes"));
            return new Result(List.of(), problems);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode node : section) {
            QuizJson json;
            try {
                json = STRICT.treeToValue(node, QuizJson.class);
            } catch (JsonProcessingException e) {
                String field = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown
                        ? unknown.getPropertyName() : node.path("id").asText("quizzes");
                problems.add(new Problem(DESCRIPTOR, content.descriptorLine("\"" + field + "\""), "quiz: " + e.getOriginalMessage()));
                continue;
            }
            new QuizChecker(content, json, courseId, courseVersion, idKey, problems).compile().ifPresent(quiz -> {
                if (!ids.add(quiz.id())) {
                    problems.add(new Problem(DESCRIPTOR, content.descriptorLine("\"" + quiz.id() + "\""), "quiz id '" + quiz.id() + "' is used twice"));
                }
                quizzes.add(quiz);
            });
        }
        return problems.isEmpty() ? new Result(List.copyOf(quizzes), List.of()) : new Result(List.of(), List.copyOf(problems));
    }

    /** Checks and compiles one quiz, adding what is wrong to a shared list. */
    private static final class QuizChecker {
        private final CourseContent content;
        private final QuizJson json;
        private final String courseId;
        private final String courseVersion;
        private final byte[] idKey;
        private final List<Problem> problems;
        private final int before;

        QuizChecker(CourseContent content, QuizJson json, String courseId, String courseVersion, byte[] idKey, List<Problem> problems) {
            this.content = content;
            this.json = json;
            this.courseId = courseId;
            this.courseVersion = courseVersion;
            this.idKey = idKey;
            this.problems = problems;
            this.before = problems.size();
        }

        Optional<CompiledQuiz> compile() {
            String id = json.id();
            if (id == null || !ID.matcher(id).matches()) {
                problem(id, "quiz id must be 3-64 characters: lowercase letters, digits and '-'" + (id == null ? " (missing)" : ", not '" + id + "'"));
            }
            Text title = title();
            Map<String, List<QuestionDefinition>> categories = banks();
            List<QuizSpec.Draw> draw = draw(categories);
            Duration timeLimit = timeLimit(json.timeLimitMinutes());
            int attempts = number(json.attemptsAllowed(), 0, 0, 100, "attemptsAllowed");
            int passMark = number(json.passMark(), 70, 0, 100, "passMark");
            QuizSpec.Grading grading = choice(QuizSpec.Grading.class, json.grading(), QuizSpec.Grading.HIGHEST, "grading");
            QuizSpec.Review review = choice(QuizSpec.Review.class, json.review(), QuizSpec.Review.AFTER_SUBMIT, "review");
            Instant opens = instant(json.opensAt(), "opensAt");
            Instant closes = instant(json.closesAt(), "closesAt");
            if (opens != null && closes != null && !closes.isAfter(opens)) {
                problem(json.closesAt(), "closesAt must come after opensAt");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            QuizSpec spec = new QuizSpec(id, title, draw, !Boolean.FALSE.equals(json.shuffleQuestions()),
                    !Boolean.FALSE.equals(json.shuffleOptions()), timeLimit, attempts, passMark, grading, review, opens, closes);
            return Optional.of(new CompiledQuiz(courseId, courseVersion, spec, categories));
        }

        private Text title() {
            if (json.title() == null || json.title().id() == null || json.title().id().isBlank()) {
                problem(json.id(), "quiz '" + json.id() + "' needs a title with an Indonesian text (\"id\")");
                return null;
            }
            if (json.title().id().length() > 120 || (json.title().en() != null && json.title().en().length() > 120)) {
                problem(json.title().id(), "quiz title longer than 120 characters");
            }
            return new Text(json.title().id().strip(), json.title().en() == null ? null : json.title().en().strip());
        }

        /** Every bank's questions, by category: the file's {@code $CATEGORY:} or JSON category, else the file's base name. */
        private Map<String, List<QuestionDefinition>> banks() {
            Map<String, List<QuestionDefinition>> categories = new LinkedHashMap<>();
            if (json.banks() == null || json.banks().isEmpty()) {
                problem(json.id(), "quiz '" + json.id() + "' lists no question banks (\"banks\")");
                return categories;
            }
            for (String path : json.banks()) {
                Optional<byte[]> bytes = readBank(path);
                if (bytes.isEmpty()) {
                    continue;
                }
                ParseResult parsed = QuestionFiles.parse(new String(bytes.get(), StandardCharsets.UTF_8), path);
                parsed.problems().forEach(p -> problems.add(new Problem(p.file(), p.line(), p.message())));
                Set<String> names = new HashSet<>();
                List<ParsedQuestion> questions = parsed.questions();
                for (int index = 0; index < questions.size(); index++) {
                    ParsedQuestion q = questions.get(index);
                    if (q.name() != null && !names.add(q.name())) {
                        problems.add(new Problem(path, q.line(), "question name '" + q.name() + "' is used twice in this file"));
                    }
                    try {
                        int i = index;
                        QuestionDefinitions.from(q, courseId + "/" + path, i, idKey).ifPresent(definition -> categories
                                .computeIfAbsent(q.category() != null ? q.category() : baseName(path), c -> new ArrayList<>()).add(definition));
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(path, q.line(), e.getMessage()));
                    }
                }
            }
            return categories;
        }

        private Optional<byte[]> readBank(String path) {
            try {
                Optional<byte[]> bytes = path == null ? Optional.empty() : content.read(path);
                if (bytes.isEmpty()) {
                    problem(path, "question bank not found: " + path);
                } else if (bytes.get().length > MAX_BANK_BYTES) {
                    problems.add(new Problem(path, 0, "question bank larger than " + MAX_BANK_BYTES / (1024 * 1024) + " MB"));
                    return Optional.empty();
                }
                return bytes;
            } catch (IOException e) {
                problems.add(new Problem(path, 0, "cannot be read: " + e.getMessage()));
                return Optional.empty();
            }
        }

        private List<QuizSpec.Draw> draw(Map<String, List<QuestionDefinition>> categories) {
            List<QuizSpec.Draw> draw = new ArrayList<>();
            if (json.draw() == null || json.draw().isEmpty()) {
                if (categories.isEmpty() && json.banks() != null && !json.banks().isEmpty() && problems.size() == before) {
                    problem(json.id(), "quiz '" + json.id() + "' has no questions");
                }
                return draw;
            }
            Set<String> seen = new HashSet<>();
            for (DrawJson d : json.draw()) {
                List<QuestionDefinition> pool = d.category() == null ? null : categories.get(d.category());
                if (pool == null) {
                    problem(d.category(), "draw: no category '" + d.category() + "' in the banks (there are: "
                            + String.join(", ", categories.keySet()) + ")");
                } else if (d.count() == null || d.count() < 1 || d.count() > pool.size()) {
                    problem(d.category(), "draw: count for '" + d.category() + "' must be 1 to " + pool.size() + ", the questions it has");
                } else if (!seen.add(d.category())) {
                    problem(d.category(), "draw: category '" + d.category() + "' is listed twice");
                } else {
                    draw.add(new QuizSpec.Draw(d.category(), d.count()));
                }
            }
            return draw;
        }

        /** Minutes, fractions allowed (0.5 is 30 seconds): short limits serve tests and drills. */
        private Duration timeLimit(Double minutes) {
            if (minutes == null) {
                return Duration.ofMinutes(30);
            }
            if (minutes.isNaN() || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                problem("\"timeLimitMinutes\"", "timeLimitMinutes must be " + MIN_MINUTES + " to " + MAX_MINUTES);
                return Duration.ofMinutes(30);
            }
            return Duration.ofMillis(Math.round(minutes * 60_000));
        }

        private int number(Integer value, int fallback, int min, int max, String field) {
            if (value == null) {
                return fallback;
            }
            if (value < min || value > max) {
                problem("\"" + field + "\"", field + " must be " + min + " to " + max);
            }
            return value;
        }

        private <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String field) {
            if (value == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                problem(value, field + " must be one of " + String.join(", ", names) + ", not '" + value + "'");
                return fallback;
            }
        }

        private Instant instant(String value, String field) {
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                problem(value, field + " must be a date and time with its offset, e.g. 2026-12-01T08:00:00+08:00");
                return null;
            }
        }

        private void problem(String near, String message) {
            problems.add(new Problem(DESCRIPTOR, near == null ? 0 : content.descriptorLine(near.startsWith("\"") ? near : "\"" + near + "\""), message));
        }
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
