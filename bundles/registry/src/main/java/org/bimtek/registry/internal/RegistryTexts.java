package org.bimtek.registry.internal;

import java.util.Locale;
import org.bimtek.api.web.Messages;

/** The registry's UI strings ({@code i18n/registry*.properties}), loaded once. */
final class RegistryTexts {

    private static final Messages.Family TEXTS = Messages.family("i18n.registry", RegistryTexts.class.getClassLoader());

    private RegistryTexts() {
    }

    static Messages of(Locale locale) {
        return TEXTS.in(locale);
    }
}
