package org.bimtek.course.internal;

import java.util.Locale;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Kursus" in the menu, for everyone. */
@Component
public final class CoursesMenu implements MenuEntry {

    @Override
    public String id() {
        return "courses";
    }

    @Override
    public String path() {
        return "/kursus";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label(Locale locale) {
        return CoursePagesServlet.messages(locale).get("menu.courses");
    }

    @Override
    public String description(Locale locale) {
        return CoursePagesServlet.messages(locale).get("menu.courses.description");
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }
}
