package org.bimtek.api.web;

import java.util.Locale;
import java.util.Set;
import org.bimtek.api.identity.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An entry in the navigation menu and on the home page. Any bundle registers one as a
 * service; the web shell shows it while the service is there, so a module deployed
 * later adds its own entry and takes it away when it goes.
 */
@ConsumerType
public interface MenuEntry {

    /** Stable id, used in the page as a CSS hook and by tests. */
    String id();

    /** Where the entry leads, an absolute path such as {@code /kursus}. */
    String path();

    /** Smaller comes first. */
    int order();

    /** The label in the given language (Indonesian when the language is unknown). */
    String label(Locale locale);

    /** One line under the label on the home page. */
    default String description(Locale locale) {
        return "";
    }

    /** The roles that see the entry; empty for every logged-in user. */
    Set<Role> roles();
}
