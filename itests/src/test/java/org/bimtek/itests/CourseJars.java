package org.bimtek.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Small course jars made on the fly for deploy tests. */
public final class CourseJars {

    private CourseJars() {
    }

    /** A valid two-lesson course. */
    public static byte[] course(String courseId, String version) throws IOException {
        return jar("org.bimtek.test." + courseId, version, true, courseId, version, "DASAR", null);
    }

    /** A valid course with a chosen bundle name and version. */
    public static byte[] course(String symbolicName, String bundleVersion, String courseId, String version) throws IOException {
        return jar(symbolicName, bundleVersion, true, courseId, version, "DASAR", null);
    }

    /** A course whose descriptor names a tier that does not exist. */
    public static byte[] broken(String courseId) throws IOException {
        return jar("org.bimtek.test." + courseId, "1.0.0", true, courseId, "1.0.0", "SUPER", null);
    }

    /** A plain bundle without the Bimtek-Course header. */
    public static byte[] notACourse() throws IOException {
        return jar("org.bimtek.test.plain", "1.0.0", false, "plain-bundle", "1.0.0", "DASAR", null);
    }

    /** A course jar with an extra entry whose name tries to leave the jar. */
    public static byte[] withEntry(String courseId, String entryName) throws IOException {
        return jar("org.bimtek.test." + courseId, "1.0.0", true, courseId, "1.0.0", "DASAR", entryName);
    }

    /**
     * A course with one quiz, {@code quiz-<courseId>}, over the GIFT bank {@code gift}: all its questions in file
     * order, options not shuffled, so that a test knows what it is answering.
     */
    public static byte[] withQuiz(String courseId, String version, double timeLimitMinutes, String gift) throws IOException {
        String quiz = """
                , "quizzes": [{"id": "quiz-%s", "title": {"id": "Kuis Uji"}, "banks": ["quizzes/bank.gift"],
                   "shuffleQuestions": false, "shuffleOptions": false, "timeLimitMinutes": %s, "attemptsAllowed": 0,
                   "passMark": 50, "review": "AFTER_SUBMIT"}]
                """.formatted(courseId, timeLimitMinutes);
        return jar("org.bimtek.test." + courseId, version, true, courseId, version, "DASAR", null, quiz,
                java.util.Map.of("course/quizzes/bank.gift", gift));
    }

    /** A course with a {@code "tasks"} section (given as JSON) and the files it names. */
    public static byte[] withTasks(String courseId, String version, String tasksJson, java.util.Map<String, String> files) throws IOException {
        return jar("org.bimtek.test." + courseId, version, true, courseId, version, "DASAR", null, ", \"tasks\": " + tasksJson, files);
    }

    private static byte[] jar(String symbolicName, String version, boolean header, String courseId, String courseVersion,
            String tier, String extraEntry) throws IOException {
        return jar(symbolicName, version, header, courseId, courseVersion, tier, extraEntry, "", java.util.Map.of());
    }

    private static byte[] jar(String symbolicName, String version, boolean header, String courseId, String courseVersion,
            String tier, String extraEntry, String moreDescriptor, java.util.Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        if (header) {
            main.putValue("Bimtek-Course", "course/course.json");
        }
        String descriptor = """
                {"id": "%s", "version": "%s", "title": {"id": "Kursus Uji %s", "en": "Test course"},
                 "area": "news-writing", "tier": "%s", "summary": {"id": "Kursus untuk pengujian."},
                 "modules": [{"id": "modul-uji", "title": {"id": "Modul Uji"}, "lessons": [
                   {"id": "pelajaran-satu", "title": {"id": "Pelajaran Satu"}, "file": "lessons/01.md"},
                   {"id": "pelajaran-dua", "title": {"id": "Pelajaran Dua"}, "file": "lessons/02.md"}]}]%s}
                """.formatted(courseId, courseVersion, courseVersion, tier, moreDescriptor);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            add(jar, "course/course.json", descriptor);
            add(jar, "course/lessons/01.md", "Pelajaran pertama, versi " + courseVersion + ".");
            add(jar, "course/lessons/02.md", "Pelajaran kedua.");
            if (extraEntry != null) {
                add(jar, extraEntry, "x");
            }
            for (java.util.Map.Entry<String, String> file : files.entrySet()) {
                add(jar, file.getKey(), file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void add(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
