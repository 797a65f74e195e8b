package org.bimtek.course.internal.tool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.bimtek.api.course.Problem;
import org.bimtek.course.internal.CourseFiles;

/**
 * The instructors' command, outside the server ({@code bin/bimtek-course}):
 * <pre>
 * bimtek-course validate &lt;jar or folder&gt;
 * bimtek-course pack &lt;folder&gt; [output.jar]
 * </pre>
 * It runs the same checks as the server and prints the same errors.
 */
public final class CourseTool {

    private CourseTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("validate") || args[0].equals("pack"))) {
            System.err.println("Pemakaian / usage:\n  bimtek-course validate <jar atau folder>\n  bimtek-course pack <folder> [keluaran.jar]");
            System.exit(2);
        }
        Path input = Path.of(args[1]);
        List<Problem> problems = CourseFiles.validate(input);
        if (!problems.isEmpty()) {
            System.err.println(problems.size() + " masalah di " + input + ":");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        if (args[0].equals("validate")) {
            System.out.println("OK: " + input + " adalah kursus yang valid.");
            return;
        }
        Path folder = CourseFiles.courseFolder(input);
        CourseFiles.Identity identity = CourseFiles.identity(folder);
        Path output = args.length > 2 ? Path.of(args[2]) : Path.of(identity.id() + "-" + identity.version() + ".jar");
        pack(folder, identity, output);
        List<Problem> packed = CourseFiles.validate(output);
        if (!packed.isEmpty()) {
            packed.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        System.out.println("Dibuat: " + output.toAbsolutePath() + " (" + Files.size(output) / 1024 + " KB). "
                + "Salin ke folder deploy/ atau unggah di halaman Modul.");
    }

    static void pack(Path folder, CourseFiles.Identity identity, Path output) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.bimtek.course." + identity.id());
        main.putValue("Bundle-Version", identity.version());
        main.putValue("Bundle-Name", identity.title());
        main.putValue("Bimtek-Course", "course/course.json");
        try (OutputStream file = Files.newOutputStream(output); JarOutputStream jar = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = "course/" + folder.relativize(path).toString().replace('\\', '/');
                jar.putNextEntry(new JarEntry(name));
                jar.write(Files.readAllBytes(path));
                jar.closeEntry();
            }
        }
    }
}
