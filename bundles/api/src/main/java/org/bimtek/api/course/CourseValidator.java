package org.bimtek.api.course;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The checks a course bundle must pass, the same for the runtime, the upload and the instructors' tool. */
@ProviderType
public interface CourseValidator {

    /** Checks a course jar (as uploaded); an empty list means it is fine. */
    List<Problem> validateJar(byte[] jar);

    /** Checks a course jar file or a course folder (the one holding {@code course.json}). */
    List<Problem> validate(Path jarOrFolder);
}
