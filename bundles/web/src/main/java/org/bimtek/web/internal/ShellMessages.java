package org.bimtek.web.internal;

import java.util.Locale;

/** The shell's strings, from {@code i18n/messages.properties} and {@code messages_en.properties}. */
final class ShellMessages {

    static final Locale INDONESIAN = org.bimtek.api.web.Messages.INDONESIAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private ShellMessages() {
    }

    private static final org.bimtek.api.web.Messages.Family TEXTS =
            org.bimtek.api.web.Messages.family("i18n.messages", ShellMessages.class.getClassLoader());

    static org.bimtek.api.web.Messages of(Locale locale) {
        return TEXTS.in(locale);
    }
}
