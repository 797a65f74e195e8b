package org.bimtek.course.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bimtek.api.course.Problem;

/** Course folders and jars on disk, for the shell command and the instructors' tool. */
public final class CourseFiles {

    /** What a packed jar is named after. */
    public record Identity(String id, String version, String title) {
    }

    private CourseFiles() {
    }

    /** The folder holding course.json: the given one, or its {@code course} subfolder. */
    public static Path courseFolder(Path path) {
        return Files.isRegularFile(path.resolve(CourseLoader.DESCRIPTOR)) ? path : path.resolve("course");
    }

    public static List<Problem> validate(Path jarOrFolder) {
        return CourseValidatorImpl.withServiceLoader().validate(jarOrFolder);
    }

    public static Identity identity(Path folder) throws IOException {
        JsonNode descriptor = new ObjectMapper().readTree(folder.resolve(CourseLoader.DESCRIPTOR).toFile());
        return new Identity(descriptor.path("id").asText(), descriptor.path("version").asText(),
                descriptor.path("title").path("id").asText());
    }
}
