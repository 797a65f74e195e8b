package org.bimtek.quiz.internal.web;

import java.util.Set;
import org.bimtek.api.web.LocalizedMenuEntry;
import org.bimtek.api.web.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "Kuis" in the menu, for everyone. */
@Component(service = MenuEntry.class)
public final class QuizMenu extends LocalizedMenuEntry {

    public QuizMenu() {
        super("quizzes", "/kuis", 20, Set.of(), "i18n.quiz", "menu.quizzes");
    }
}
