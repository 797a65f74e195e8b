package org.bimtek.course.internal.shell;

import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.api.course.CourseValidator;
import org.bimtek.api.course.Problem;

/** {@code bimtek:course-validate <jar or folder>}: the runtime's checks, before deploying. */
@Service
@Command(scope = "bimtek", name = "course-validate", description = "Memeriksa bundle kursus / validates a course jar or folder")
public class CourseValidateCommand implements Action {

    @Argument(index = 0, name = "path", required = true, description = "jar kursus atau folder kursus")
    String path;

    @Reference
    CourseValidator validator;

    @Reference
    Session session;

    @Override
    public Object execute() {
        List<Problem> problems = validator.validate(Path.of(path));
        if (problems.isEmpty()) {
            session.getConsole().println("OK: " + path + " adalah bundle kursus yang valid.");
        } else {
            session.getConsole().println(problems.size() + " masalah di " + path + ":");
            problems.forEach(p -> session.getConsole().println("  " + p));
        }
        return null;
    }
}
