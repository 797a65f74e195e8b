package org.bimtek.web.internal;

import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** The shell's own menu entries: the home page for everyone, the API document for administrators. */
public final class CoreMenu {

    private CoreMenu() {
    }

    /** Beranda. */
    @Component(service = MenuEntry.class)
    public static final class Home extends LocalizedMenuEntry {
        public Home() {
            super("home", "/", 0, Set.of(), "i18n.messages", "menu.home");
        }
    }

    /** The OpenAPI document, for administrators who script against the API. */
    @Component(service = MenuEntry.class)
    public static final class ApiDocument extends LocalizedMenuEntry {
        public ApiDocument() {
            super("api-doc", "/api/openapi.json", 900, Set.of(Role.ADMIN), "i18n.messages", "menu.api");
        }
    }
}
