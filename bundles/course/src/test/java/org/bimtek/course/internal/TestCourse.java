package org.bimtek.course.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A small valid course, as files, that each test then breaks in its own way. */
final class TestCourse {

    static final String DESCRIPTOR = """
            {
              "id": "uji-kursus",
              "version": "1.2.0",
              "title": {"id": "Kursus Uji", "en": "Test Course"},
              "area": "news-writing",
              "tier": "DASAR",
              "summary": {"id": "Ringkasan kursus uji."},
              "modules": [
                {"id": "modul-satu", "title": {"id": "Modul Satu"}, "lessons": [
                  {"id": "pelajaran-satu", "title": {"id": "Pelajaran Satu"}, "file": "lessons/01-satu.md", "minutes": 5},
                  {"id": "pelajaran-dua", "title": {"id": "Pelajaran Dua"}, "file": "lessons/02-dua.md"}
                ]}
              ]
            }
            """;

    final Map<String, byte[]> files = new LinkedHashMap<>();

    TestCourse() {
        put("course.json", DESCRIPTOR);
        put("lessons/01-satu.md", "Teks **pertama**.\n\n![Piramida terbalik](../media/piramida.svg)\n\n"
                + "![Contoh video](../media/klip.mp4)\n\nLanjut ke [pelajaran dua](02-dua.md).\n");
        put("lessons/02-dua.md", "## Bagian\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        put("media/piramida.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        files.put("media/klip.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
    }

    TestCourse put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TestCourse descriptor(String from, String to) {
        String text = new String(files.get("course.json"), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return put("course.json", text.replace(from, to));
    }

    Path writeTo(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent() == null ? folder : path.getParent());
            Files.write(path, file.getValue());
        }
        return folder;
    }

    LoadedCourse load() {
        return load(java.util.List.of());
    }

    LoadedCourse load(java.util.List<org.bimtek.api.course.CourseSection> sections) {
        return CourseLoader.load(new CourseSource() {
            @Override
            public java.util.Optional<byte[]> read(String path) {
                return java.util.Optional.ofNullable(files.get(path));
            }

            @Override
            public String name() {
                return "test";
            }
        }, "org.example.test", sections);
    }

    /** As a jar with the course under course/ and the header, plus any extra raw entries. */
    byte[] jar(boolean withHeader, String... extraEntries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example.test");
        main.putValue("Bundle-Version", "1.2.0");
        if (withHeader) {
            main.putValue("Bimtek-Course", "course/course.json");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry("course/" + file.getKey()));
                jar.write(file.getValue());
                jar.closeEntry();
            }
            for (String extra : extraEntries) {
                jar.putNextEntry(new JarEntry(extra));
                jar.write(1);
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
