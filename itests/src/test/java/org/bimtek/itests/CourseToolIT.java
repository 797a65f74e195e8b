package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instructors' command from the distribution: bin/bimtek-course validate and pack. */
class CourseToolIT {

    private static BimtekProcess distribution;

    @BeforeAll
    static void unpack() throws Exception {
        distribution = BimtekProcess.unpack("course-tool", BimtekProcess.newDatabaseDir("unused"));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = distribution.home().resolve("bin/bimtek-course").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }

    @Test
    void packsAnInstructorsFolderIntoACourseJarThatValidates(@TempDir Path dir) throws Exception {
        Path folder = Path.of("..", "bundles", "courses", "news-writing-dasar", "src", "main", "resources", "course").toAbsolutePath();
        Result validated = run("validate", folder.toString());
        assertEquals(0, validated.exit(), validated.output());

        Path jar = dir.resolve("berita.jar");
        Result packed = run("pack", folder.toString(), jar.toString());
        assertEquals(0, packed.exit(), packed.output());
        assertTrue(packed.output().contains("Dibuat:"), packed.output());
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("course/course.json", file.getManifest().getMainAttributes().getValue("Bimtek-Course"));
            assertEquals("org.bimtek.course.penulisan-berita-dasar", file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            assertTrue(file.getEntry("course/lessons/01-apa-itu-berita.md") != null || file.stream().anyMatch(e -> e.getName().endsWith(".md")));
        }
        assertEquals(0, run("validate", jar.toString()).exit());
    }

    @Test
    void reportsEveryErrorWithFileAndLineAndFails(@TempDir Path dir) throws Exception {
        Path course = Files.createDirectories(dir.resolve("kursus-rusak/lessons"));
        Files.writeString(course.getParent().resolve("course.json"), """
                {"id": "kursus-rusak", "version": "1.0.0", "title": {"id": "Rusak"}, "area": "news-writing",
                 "tier": "PEMULA", "summary": {"id": "S"},
                 "modules": [{"id": "modul", "title": {"id": "M"}, "lessons": [
                   {"id": "satu", "title": {"id": "Satu"}, "file": "lessons/satu.md"}]}]}
                """);
        Files.writeString(course.resolve("satu.md"), "Teks.\n\n![gambar](../media/hilang.png)\n");
        // The quiz checks come from the quiz bundle, found by the tool as the server finds them.
        Files.writeString(course.getParent().resolve("course.json"), Files.readString(course.getParent().resolve("course.json"))
                .replace("}]}]}", "}]}],\n \"quizzes\": [{\"id\": \"kuis-rusak\", \"title\": {\"id\": \"Kuis\"}, \"banks\": [\"soal.gift\"]}],"
                        + "\n \"tasks\": [{\"id\": \"tugas-rusak\", \"kind\": \"AUDIO\"}]}"));
        Files.writeString(course.getParent().resolve("soal.gift"), "::a:: Ibu kota Kaltim? {=Samarinda ~Bontang}\n\n::b:: Tanpa penutup {=x ~y\n");
        Result result = run("validate", course.getParent().toString());
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("course.json:2: tier must be DASAR, MENENGAH or MAHIR"), result.output());
        assertTrue(result.output().contains("lessons/satu.md:3: file not found: ../media/hilang.png"), result.output());
        assertTrue(result.output().contains("soal.gift:3:"), result.output());
        // And the practice task checks, from the practice bundle.
        assertTrue(result.output().contains("tugas 'tugas-rusak': kind harus ARTICLE, PHOTO atau VIDEO"), result.output());
        assertEquals(1, run("pack", course.getParent().toString()).exit());
    }
}
