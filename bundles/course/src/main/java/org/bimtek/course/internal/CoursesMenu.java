package org.bimtek.course.internal;

import java.util.Set;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Kursus" in the menu, for everyone. */
@Component(service = MenuEntry.class)
public final class CoursesMenu extends LocalizedMenuEntry {

    public CoursesMenu() {
        super("courses", "/kursus", 10, Set.of(), "i18n.course", "menu.courses");
    }
}
