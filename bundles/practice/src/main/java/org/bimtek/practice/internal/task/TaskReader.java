package org.bimtek.practice.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.Text;
import org.bimtek.practice.internal.check.FileKind;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads and checks a course's {@code "tasks"} section: every task with its kind, instructions (a Markdown file of the
 * course), limits and rubric. Each problem names the file and, where it can, the line of course.json.
 */
public final class TaskReader {

    static final String DESCRIPTOR = "course.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    /** The largest upload any task may allow: the server's own ceiling. */
    public static final int MAX_MEGABYTES = 2048;
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The tasks read, and what is wrong; the tasks are usable only when there are no problems. */
    public record Result(List<TaskSpec> tasks, List<Problem> problems) {
    }

    private TaskReader() {
    }

    public static Result read(CourseContent content, JsonNode section, String courseId, String courseVersion) {
        List<Problem> problems = new ArrayList<>();
        List<TaskSpec> tasks = new ArrayList<>();
        if (!section.isArray()) {
            problems.add(problem(content, "\"tasks\"", "\"tasks\" harus berupa daftar (array)"));
            return new Result(tasks, problems);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode node : section) {
            Reader reader = new Reader(content, node, problems);
            Optional<TaskSpec> task = reader.task(courseId, courseVersion);
            task.ifPresent(t -> {
                if (!ids.add(t.id())) {
                    problems.add(problem(content, "\"" + t.id() + "\"", "tugas '" + t.id() + "' dideklarasikan dua kali"));
                }
                tasks.add(t);
            });
        }
        return new Result(List.copyOf(tasks), List.copyOf(problems));
    }

    static Problem problem(CourseContent content, String needle, String message) {
        return new Problem(DESCRIPTOR, content.descriptorLine(needle), message);
    }

    /** One task's reading, collecting its problems. */
    private static final class Reader {
        private final CourseContent content;
        private final JsonNode node;
        private final List<Problem> problems;
        private String where = "tugas";

        Reader(CourseContent content, JsonNode node, List<Problem> problems) {
            this.content = content;
            this.node = node;
            this.problems = problems;
        }

        private void fail(String needle, String message) {
            problems.add(problem(content, needle, where + ": " + message));
        }

        Optional<TaskSpec> task(String courseId, String courseVersion) {
            int before = problems.size();
            String id = node.path("id").asText("");
            if (!ID.matcher(id).matches()) {
                fail("\"tasks\"", "id '" + id + "' harus 2-64 huruf kecil, angka, atau '-'");
                return Optional.empty();
            }
            where = "tugas '" + id + "'";
            String needle = "\"" + id + "\"";
            TaskKind kind = kind(needle);
            Text title = text(node.path("title"), needle, "title");
            String instructions = instructions(needle);
            TaskLimits limits = limits(kind, needle);
            Rubric rubric = rubric(needle);
            if (problems.size() > before || kind == null) {
                return Optional.empty();
            }
            return Optional.of(new TaskSpec(id, courseId, courseVersion, kind, title, instructions, limits, rubric));
        }

        private TaskKind kind(String needle) {
            try {
                return TaskKind.valueOf(node.path("kind").asText(""));
            } catch (IllegalArgumentException e) {
                fail(needle, "kind harus ARTICLE, PHOTO atau VIDEO, bukan '" + node.path("kind").asText("") + "'");
                return null;
            }
        }

        private Text text(JsonNode value, String needle, String field) {
            if (!value.isObject() || value.path("id").asText("").isBlank()) {
                fail(needle, field + " harus berupa {\"id\": \"...\", \"en\": \"...\"} dengan teks Indonesia");
                return new Text("", null);
            }
            String en = value.path("en").asText("").strip();
            return new Text(value.path("id").asText().strip(), en.isEmpty() ? null : en);
        }

        private String instructions(String needle) {
            String path = node.path("instructions").asText("");
            if (path.isBlank()) {
                fail(needle, "instructions (berkas Markdown petunjuk) wajib");
                return "";
            }
            try {
                Optional<byte[]> bytes = content.read(path);
                if (bytes.isEmpty()) {
                    problems.add(new Problem(path, 0, where + ": berkas petunjuk tidak ditemukan"));
                    return "";
                }
                return HTML.render(MARKDOWN.parse(new String(bytes.get(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(new Problem(path, 0, where + ": berkas petunjuk tidak dapat dibaca: " + e.getMessage()));
                return "";
            }
        }

        private TaskLimits limits(TaskKind kind, String needle) {
            JsonNode limits = node.path("limits");
            if (!limits.isMissingNode() && !limits.isObject()) {
                fail(needle, "limits harus berupa objek");
                return new TaskLimits(0, 0, 0, 0, Set.of(), 0, 0, 0, 0);
            }
            Set<String> allowed = kind == TaskKind.ARTICLE ? Set.of("minWords", "maxWords", "maxHeadlineChars")
                    : kind == TaskKind.PHOTO ? Set.of("maxMegabytes", "formats", "minWidth", "minHeight")
                    : Set.of("maxMegabytes", "formats", "minWidth", "minHeight", "minSeconds", "maxSeconds");
            for (Iterator<String> names = limits.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (kind != null && !allowed.contains(name)) {
                    fail(needle, "batas '" + name + "' tidak berlaku untuk " + kind + " (yang berlaku: " + String.join(", ", allowed) + ")");
                }
            }
            int maxMegabytes = number(limits, "maxMegabytes", needle);
            if (maxMegabytes > MAX_MEGABYTES) {
                fail(needle, "maxMegabytes paling besar " + MAX_MEGABYTES);
            }
            Set<FileKind> formats = formats(kind, limits.path("formats"), needle);
            TaskLimits result = new TaskLimits(number(limits, "minWords", needle), number(limits, "maxWords", needle),
                    number(limits, "maxHeadlineChars", needle), maxMegabytes, formats, number(limits, "minWidth", needle),
                    number(limits, "minHeight", needle), number(limits, "minSeconds", needle), number(limits, "maxSeconds", needle));
            if (result.maxWords() > 0 && result.minWords() > result.maxWords() || result.maxSeconds() > 0 && result.minSeconds() > result.maxSeconds()) {
                fail(needle, "batas minimum lebih besar dari maksimum");
            }
            return result;
        }

        private Set<FileKind> formats(TaskKind kind, JsonNode formats, String needle) {
            if (kind == null || kind == TaskKind.ARTICLE) {
                return Set.of();
            }
            Set<FileKind> accepted = EnumSet.noneOf(FileKind.class);
            Set<FileKind> possible = kind == TaskKind.PHOTO ? EnumSet.of(FileKind.JPEG, FileKind.PNG)
                    : EnumSet.of(FileKind.MP4, FileKind.MOV, FileKind.WEBM);
            if (formats.isMissingNode()) {
                return possible;
            }
            for (JsonNode format : formats) {
                try {
                    FileKind file = FileKind.valueOf(format.asText());
                    if (!possible.contains(file)) {
                        throw new IllegalArgumentException();
                    }
                    accepted.add(file);
                } catch (IllegalArgumentException e) {
                    fail(needle, "format '" + format.asText() + "' tidak berlaku untuk " + kind + " (yang berlaku: " + possible + ")");
                }
            }
            if (accepted.isEmpty()) {
                fail(needle, "formats tidak boleh kosong");
            }
            return accepted;
        }

        private int number(JsonNode limits, String name, String needle) {
            JsonNode value = limits.path(name);
            if (value.isMissingNode()) {
                return 0;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                fail(needle, name + " harus bilangan bulat 0 atau lebih");
                return 0;
            }
            return value.asInt();
        }

        private Rubric rubric(String needle) {
            JsonNode rubric = node.path("rubric");
            JsonNode criteria = rubric.path("criteria");
            if (!criteria.isArray() || criteria.isEmpty()) {
                fail(needle, "rubric.criteria wajib, minimal satu kriteria");
                return new Rubric(0, List.of());
            }
            List<Rubric.Criterion> list = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode criterion : criteria) {
                String id = criterion.path("id").asText("");
                if (!ID.matcher(id).matches() || !ids.add(id)) {
                    fail(needle, "kriteria '" + id + "': id harus unik, 2-64 huruf kecil, angka, atau '-'");
                    continue;
                }
                Text title = text(criterion.path("title"), "\"" + id + "\"", "kriteria '" + id + "' title");
                List<Rubric.Level> levels = new ArrayList<>();
                int previous = -1;
                for (JsonNode level : criterion.path("levels")) {
                    int points = level.path("points").asInt(-1);
                    if (!level.path("points").isIntegralNumber() || points <= previous || levels.isEmpty() && points != 0) {
                        fail("\"" + id + "\"", "kriteria '" + id + "': poin tingkat harus bilangan bulat naik, mulai dari 0");
                        break;
                    }
                    previous = points;
                    levels.add(new Rubric.Level(points, text(level.path("description"), "\"" + id + "\"", "kriteria '" + id + "' description")));
                }
                if (levels.size() < 2) {
                    fail("\"" + id + "\"", "kriteria '" + id + "' perlu minimal dua tingkat");
                    continue;
                }
                list.add(new Rubric.Criterion(id, title, levels));
            }
            Rubric result = new Rubric(rubric.path("passPoints").asInt(0), list);
            if (!rubric.path("passPoints").isIntegralNumber() || result.passPoints() < 1 || result.passPoints() > result.maxPoints()) {
                fail(needle, "rubric.passPoints harus antara 1 dan " + result.maxPoints() + " (jumlah poin tertinggi)");
            }
            return result;
        }
    }
}
