package org.bimtek.practice.internal.web;

import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Practice's menu entries. */
public final class PracticeMenu {

    private PracticeMenu() {
    }

    /** "Praktik", for everyone logged in. */
    @Component(service = MenuEntry.class)
    public static final class Tasks extends LocalizedMenuEntry {
        public Tasks() {
            super("practice", "/praktik", 25, Set.of(), "i18n.practice", "menu.practice");
        }
    }

    /** "Nilai praktik", the instructors' queue. */
    @Component(service = MenuEntry.class)
    public static final class Queue extends LocalizedMenuEntry {
        public Queue() {
            super("practice-review", "/praktik/tinjau", 26, Set.of(Role.INSTRUCTOR, Role.ADMIN), "i18n.practice", "menu.review");
        }
    }
}
