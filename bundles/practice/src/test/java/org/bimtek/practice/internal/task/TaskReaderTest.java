package org.bimtek.practice.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.Problem;
import org.bimtek.practice.internal.check.FileKind;
import org.junit.jupiter.api.Test;

public class TaskReaderTest {

    public static final String RUBRIC = """
            "rubric": {"passPoints": 5, "criteria": [
              {"id": "akurasi", "title": {"id": "Akurasi"}, "levels": [
                {"points": 0, "description": {"id": "Banyak salah"}}, {"points": 2, "description": {"id": "Sedikit salah"}},
                {"points": 4, "description": {"id": "Tepat"}}]},
              {"id": "judul", "title": {"id": "Judul"}, "levels": [
                {"points": 0, "description": {"id": "Tidak ada"}}, {"points": 3, "description": {"id": "Jelas"}}]}]}""";

    /** A course folder in memory. */
    public record Files(String descriptor, Map<String, String> files) implements CourseContent {
        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(files.get(path)).map(t -> t.getBytes(StandardCharsets.UTF_8));
        }
    }

    static TaskReader.Result read(String tasks, Map<String, String> files) throws Exception {
        String descriptor = "{\"id\": \"uji\", \"tasks\": " + tasks + "}";
        JsonNode section = new ObjectMapper().readTree(descriptor).path("tasks");
        return TaskReader.read(new Files(descriptor, files), section, "uji", "1.0.0");
    }

    @Test
    void readsATaskWithItsRubricAndRendersItsInstructions() throws Exception {
        TaskReader.Result result = read("[{\"id\": \"tugas-foto\", \"kind\": \"PHOTO\", \"title\": {\"id\": \"Foto\", \"en\": \"Photo\"},"
                + " \"instructions\": \"tasks/foto.md\", \"limits\": {\"maxMegabytes\": 20, \"formats\": [\"JPEG\"], \"minWidth\": 1280,"
                + " \"minHeight\": 720}, " + RUBRIC + "}]", Map.of("tasks/foto.md", "## Petunjuk\n\nFoto **kegiatan**. <script>x</script>"));
        assertEquals(List.of(), result.problems());
        TaskSpec task = result.tasks().get(0);
        assertEquals(TaskKind.PHOTO, task.kind());
        assertEquals(Set.of(FileKind.JPEG), task.limits().formats());
        assertEquals(20L * 1024 * 1024, task.limits().maxBytes(1));
        assertEquals(7, task.rubric().maxPoints());
        assertTrue(task.instructionsHtml().contains("<strong>kegiatan</strong>"));
        assertTrue(task.instructionsHtml().contains("&lt;script&gt;"), "raw HTML is escaped");
    }

    @Test
    void namesEveryProblem() throws Exception {
        List<Problem> problems = read("[{\"id\": \"Tugas Salah\"}, {\"id\": \"tugas-b\", \"kind\": \"AUDIO\", \"title\": {\"id\": \"B\"},"
                + " \"instructions\": \"tasks/tidak-ada.md\", " + RUBRIC + "}, {\"id\": \"tugas-c\", \"kind\": \"ARTICLE\", \"title\": {\"id\": \"C\"},"
                + " \"instructions\": \"c.md\", \"limits\": {\"maxMegabytes\": 5, \"minWords\": 500, \"maxWords\": 100},"
                + " \"rubric\": {\"passPoints\": 99, \"criteria\": [{\"id\": \"xx\", \"title\": {\"id\": \"X\"}, \"levels\": ["
                + "{\"points\": 1, \"description\": {\"id\": \"a\"}}, {\"points\": 0, \"description\": {\"id\": \"b\"}}]}]}}]",
                Map.of("c.md", "ok")).problems();
        String all = problems.toString();
        assertTrue(all.contains("id 'Tugas Salah'"), all);
        assertTrue(all.contains("kind harus ARTICLE, PHOTO atau VIDEO"), all);
        assertTrue(all.contains("berkas petunjuk tidak ditemukan"), all);
        assertTrue(all.contains("batas 'maxMegabytes' tidak berlaku untuk ARTICLE"), all);
        assertTrue(all.contains("minimum lebih besar dari maksimum"), all);
        assertTrue(all.contains("naik, mulai dari 0"), all);
        assertTrue(problems.stream().allMatch(p -> p.line() > 0 || !p.file().equals("course.json")), all);
    }

    @Test
    void rubricScoresOnlyItsOwnLevels() throws Exception {
        Rubric rubric = read("[{\"id\": \"tugas-a\", \"kind\": \"ARTICLE\", \"title\": {\"id\": \"A\"}, \"instructions\": \"a.md\", "
                + RUBRIC + "}]", Map.of("a.md", "x")).tasks().get(0).rubric();
        assertEquals(7, rubric.score(Map.of("akurasi", 4, "judul", 3)));
        assertEquals(2, rubric.score(Map.of("akurasi", 2, "judul", 0)));
        assertThrows(IllegalArgumentException.class, () -> rubric.score(Map.of("akurasi", 3, "judul", 0)), "3 is not a level");
        assertThrows(IllegalArgumentException.class, () -> rubric.score(Map.of("akurasi", 4)), "a criterion left out");
        assertThrows(IllegalArgumentException.class, () -> rubric.score(Map.of("akurasi", 4, "judul", 3, "lain", 1)));
    }
}
