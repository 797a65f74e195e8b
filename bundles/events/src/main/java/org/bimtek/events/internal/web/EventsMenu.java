package org.bimtek.events.internal.web;

import java.util.Set;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Acara bimtek", for everyone logged in. */
@Component(service = MenuEntry.class)
public final class EventsMenu extends LocalizedMenuEntry {
    public EventsMenu() {
        super("events", "/acara", 35, Set.of(), "i18n.events", "menu.events");
    }
}
