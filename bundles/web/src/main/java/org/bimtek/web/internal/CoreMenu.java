package org.bimtek.web.internal;

import java.util.Locale;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** The shell's own menu entries: the home page for everyone, the API document for administrators. */
public final class CoreMenu {

    private CoreMenu() {
    }

    /** Beranda. */
    @Component(service = MenuEntry.class)
    public static final class Home implements MenuEntry {
        @Override public String id() { return "home"; }
        @Override public String path() { return "/"; }
        @Override public int order() { return 0; }
        @Override public String label(Locale locale) { return ShellMessages.of(locale).get("menu.home"); }
        @Override public String description(Locale locale) { return ShellMessages.of(locale).get("menu.home.description"); }
        @Override public Set<Role> roles() { return Set.of(); }
    }

    /** The OpenAPI document, for administrators who script against the API. */
    @Component(service = MenuEntry.class)
    public static final class ApiDocument implements MenuEntry {
        @Override public String id() { return "api-doc"; }
        @Override public String path() { return "/api/openapi.json"; }
        @Override public int order() { return 900; }
        @Override public String label(Locale locale) { return ShellMessages.of(locale).get("menu.api"); }
        @Override public String description(Locale locale) { return ShellMessages.of(locale).get("menu.api.description"); }
        @Override public Set<Role> roles() { return Set.of(Role.ADMIN); }
    }
}
