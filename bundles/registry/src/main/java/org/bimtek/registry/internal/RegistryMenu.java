package org.bimtek.registry.internal;

import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** The registry's menu entries, for administrators and supervisors. */
public final class RegistryMenu {

    private RegistryMenu() {
    }

    /** "Registri admin". */
    @Component(service = MenuEntry.class)
    public static final class Registry extends LocalizedMenuEntry {
        public Registry() {
            super("registry", "/registri", 40, Set.of(Role.ADMIN, Role.SUPERVISOR), "i18n.registry", "menu.registry");
        }
    }

    /** "Cakupan": the coverage report. */
    @Component(service = MenuEntry.class)
    public static final class Coverage extends LocalizedMenuEntry {
        public Coverage() {
            super("coverage", "/registri/cakupan", 41, Set.of(Role.ADMIN, Role.SUPERVISOR), "i18n.registry", "menu.coverage");
        }
    }
}
