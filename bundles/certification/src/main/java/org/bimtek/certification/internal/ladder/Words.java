package org.bimtek.certification.internal.ladder;

import java.util.Locale;

/** Indonesian by default, English when asked: the requirement lines are short enough to keep both inline. */
public final class Words {

    private Words() {
    }

    public static String of(Locale locale, String indonesian, String english) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
    }
}
