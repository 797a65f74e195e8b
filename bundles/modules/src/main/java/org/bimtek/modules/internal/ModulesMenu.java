package org.bimtek.modules.internal;

import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Modul" in the menu, for administrators. */
@Component(service = MenuEntry.class)
public final class ModulesMenu extends LocalizedMenuEntry {

    public ModulesMenu() {
        super("modules", "/modul", 800, Set.of(Role.ADMIN), "i18n.modules", "menu.modules");
    }
}
