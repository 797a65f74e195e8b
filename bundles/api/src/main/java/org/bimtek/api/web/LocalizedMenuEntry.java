package org.bimtek.api.web;

import java.util.Locale;
import java.util.Set;
import org.bimtek.api.identity.Role;

/**
 * A menu entry whose label and description come from the registering bundle's own
 * properties files: {@code <key>} and {@code <key>.description} in {@code <baseName>}.
 * A bundle's entry is then a one-line DS component:
 *
 * <pre>
 * &#64;Component(service = MenuEntry.class)
 * public final class CoursesMenu extends LocalizedMenuEntry {
 *     public CoursesMenu() { super("courses", "/kursus", 10, Set.of(), "i18n.course", "menu.courses"); }
 * }
 * </pre>
 */
public abstract class LocalizedMenuEntry implements MenuEntry {

    private final String id;
    private final String path;
    private final int order;
    private final Set<Role> roles;
    private final Messages.Family texts;
    private final String key;

    protected LocalizedMenuEntry(String id, String path, int order, Set<Role> roles, String baseName, String key) {
        this.id = id;
        this.path = path;
        this.order = order;
        this.roles = Set.copyOf(roles);
        // The subclass's loader: the properties files are in the registering bundle.
        this.texts = Messages.family(baseName, getClass().getClassLoader());
        this.key = key;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String label(Locale locale) {
        return texts.in(locale).get(key);
    }

    @Override
    public String description(Locale locale) {
        return texts.in(locale).get(key + ".description");
    }
}
