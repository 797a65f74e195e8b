package org.bimtek.modules.internal;

import java.util.Locale;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Modul" in the menu, for administrators. */
@Component
public final class ModulesMenu implements MenuEntry {

    @Override
    public String id() {
        return "modules";
    }

    @Override
    public String path() {
        return "/modul";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public String label(Locale locale) {
        return ModulesPageServlet.messages(locale).get("menu.modules");
    }

    @Override
    public String description(Locale locale) {
        return ModulesPageServlet.messages(locale).get("menu.modules.description");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN);
    }
}
