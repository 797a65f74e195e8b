package org.bimtek.course.internal.shell;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.Problem;

/** {@code bimtek:course-list}: the courses in the catalogue, and the course bundles that were refused. */
@Service
@Command(scope = "bimtek", name = "course-list", description = "Daftar kursus / lists the courses")
public class CourseListCommand implements Action {

    @Reference
    CourseCatalog catalog;

    @Reference
    Session session;

    @Override
    public Object execute() {
        var out = session.getConsole();
        out.printf("%-32s %-9s %-9s %-14s %7s  %s%n", "ID", "VERSI", "JENJANG", "BIDANG", "PELAJ.", "BUNDLE");
        for (Course course : catalog.courses()) {
            out.printf("%-32s %-9s %-9s %-14s %7d  %s%n", course.id(), course.version(), course.tier(), course.area(),
                    course.lessons().size(), course.bundleSymbolicName());
        }
        for (Map.Entry<String, List<Problem>> refused : catalog.problems().entrySet()) {
            out.println("DITOLAK " + refused.getKey() + ":");
            refused.getValue().forEach(p -> out.println("  " + p));
        }
        return null;
    }
}
