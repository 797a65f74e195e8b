package org.bimtek.web.internal;

import java.util.Locale;

/** The shell's strings, from {@code i18n/messages.properties} and {@code messages_en.properties}. */
final class ShellMessages {

    static final Locale INDONESIAN = org.bimtek.api.web.Messages.INDONESIAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private ShellMessages() {
    }

    static org.bimtek.api.web.Messages of(Locale locale) {
        return org.bimtek.api.web.Messages.of("i18n.messages", ShellMessages.class.getClassLoader(), locale);
    }
}
