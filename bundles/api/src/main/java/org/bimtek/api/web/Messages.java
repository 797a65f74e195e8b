package org.bimtek.api.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A bundle's UI strings from its properties files: {@code <base>.properties} in
 * Indonesian (the default) and {@code <base>_en.properties}. Never falls back to the
 * JVM's locale: a server whose default is en_US still speaks Indonesian by default.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    // Looked up on every page; ResourceBundle's own cache still costs a lookup and a lock.
    private static final java.util.Map<Object, Messages> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** {@code loader} is the calling bundle's class loader, where its properties files are. */
    public static Messages of(String baseName, ClassLoader loader, Locale locale) {
        Locale wanted = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return CACHE.computeIfAbsent(java.util.List.of(baseName, loader, wanted), key -> new Messages(ResourceBundle.getBundle(baseName,
                wanted, loader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    /** The text for {@code key} with {@code arguments} filled in; the key itself when it is missing. */
    public String get(String key, Object... arguments) {
        try {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
