package org.bimtek.course.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.CourseValidator;
import org.bimtek.api.course.Problem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The checks of a course jar or folder, exactly those the extender applies, plus what
 * only an uploaded jar can get wrong: not a jar, no header, unsafe entry names, code.
 */
@Component(service = CourseValidator.class)
public final class CourseValidatorImpl implements CourseValidator {

    /** The section services of the running server, or those on the tool's class path; replaced as services come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CourseSection> sections = List.of();

    /** Outside OSGi (the instructors' tool, tests): with the section services {@link ServiceLoader} finds. */
    static CourseValidatorImpl withServiceLoader() {
        List<CourseSection> found = new ArrayList<>();
        ServiceLoader.load(CourseSection.class, CourseValidatorImpl.class.getClassLoader()).forEach(found::add);
        CourseValidatorImpl validator = new CourseValidatorImpl();
        validator.sections = List.copyOf(found);
        return validator;
    }

    @Override
    public List<Problem> validateJar(byte[] jar) {
        return check("upload", jar);
    }

    @Override
    public List<Problem> validate(Path jarOrFolder) {
        try {
            if (Files.isDirectory(jarOrFolder)) {
                Path folder = CourseFiles.courseFolder(jarOrFolder);
                return CourseLoader.load(new FolderSource(folder), folder.getFileName().toString(), sections).problems();
            }
            return check(jarOrFolder.getFileName().toString(), Files.readAllBytes(jarOrFolder));
        } catch (IOException e) {
            return List.of(new Problem(jarOrFolder.toString(), 0, "cannot be read: " + e.getMessage()));
        }
    }

    private List<Problem> check(String name, byte[] jar) {
        JarSource source;
        try {
            source = JarSource.of(name, jar);
        } catch (IOException e) {
            return List.of(new Problem(name, 0, "not a jar file: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        if (source.unsafeEntry() != null) {
            problems.add(new Problem(source.unsafeEntry(), 0, "entry name leaves the jar (../ or an absolute path)"));
        }
        if (source.hasCode()) {
            problems.add(new Problem(name, 0, "a course bundle carries no Java code"));
        }
        String descriptor = source.descriptorPath();
        if (descriptor == null) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, "no " + CourseCatalog.COURSE_HEADER + " header: not a course bundle"));
        } else if (!descriptor.endsWith(CourseLoader.DESCRIPTOR)) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, CourseCatalog.COURSE_HEADER + " must name the course's "
                    + CourseLoader.DESCRIPTOR));
        }
        if (source.header("Bundle-SymbolicName") == null) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, "no Bundle-SymbolicName header"));
        }
        if (problems.isEmpty()) {
            problems.addAll(CourseLoader.load(source, source.header("Bundle-SymbolicName"), sections).problems());
        }
        return problems;
    }
}
