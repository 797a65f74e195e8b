package org.bimtek.certification.internal.web;

import java.util.Set;
import org.bimtek.api.identity.Role;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Certification's menu entries. */
public final class CertificationMenu {

    private CertificationMenu() {
    }

    /** "Sertifikat saya", for everyone logged in. */
    @Component(service = MenuEntry.class)
    public static final class Mine extends LocalizedMenuEntry {
        public Mine() {
            super("certificates", "/sertifikat", 30, Set.of(), "i18n.certification", "menu.certificates");
        }
    }

    /** "Kelola sertifikat", for administrators. */
    @Component(service = MenuEntry.class)
    public static final class Manage extends LocalizedMenuEntry {
        public Manage() {
            super("certificates-admin", "/sertifikat/kelola", 45, Set.of(Role.ADMIN), "i18n.certification", "menu.manage");
        }
    }

    /** "Sertifikasi unit": ladder progress of a supervisor's unit. */
    @Component(service = MenuEntry.class)
    public static final class UnitProgressEntry extends LocalizedMenuEntry {
        public UnitProgressEntry() {
            super("certificates-unit", "/sertifikat/unit", 46, Set.of(Role.SUPERVISOR), "i18n.certification", "menu.unit");
        }
    }
}
