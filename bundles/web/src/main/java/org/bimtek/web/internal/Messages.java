package org.bimtek.web.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The shell's strings, from {@code i18n/messages.properties} (Indonesian, the default)
 * and {@code messages_en.properties}. No fallback to the JVM's locale: a server whose
 * default is en_US must still speak Indonesian to an Indonesian page.
 */
final class Messages {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Messages of(Locale locale) {
        return new Messages(ResourceBundle.getBundle("i18n.messages", ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key, Object... arguments) {
        try {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
