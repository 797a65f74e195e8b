package org.bimtek.awards.internal.web;

import java.util.Set;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/**
 * "Penghargaan". Shown to every logged-in user, not only to administrators and supervisors: a juror is any account
 * an administrator seats on a programme's jury, not a role, and the shell's menu can only filter by role. The page it
 * opens shows each user what they can do there (manage, nominate, score) and, to everyone, the published winners.
 */
@Component(service = MenuEntry.class)
public final class AwardsMenu extends LocalizedMenuEntry {
    public AwardsMenu() {
        super("awards", "/penghargaan", 50, Set.of(), "i18n.awards", "menu.awards");
    }
}
