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

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** {@code loader} is the calling bundle's class loader, where its properties files are. */
    public static Messages of(String baseName, ClassLoader loader, Locale locale) {
        return new Messages(ResourceBundle.getBundle(baseName, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String fill(String pattern, Object[] arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 1) - '0' < arguments.length) {
                out.append(arguments[pattern.charAt(i + 1) - '0']);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * One bundle's strings in both languages, loaded once: pages ask on every request.
     * Hold it in a field of the bundle's own class, so that it goes with the bundle.
     */
    public static final class Family {
        private final Messages indonesian;
        private final Messages english;

        private Family(String baseName, ClassLoader loader) {
            this.indonesian = Messages.of(baseName, loader, INDONESIAN);
            this.english = Messages.of(baseName, loader, Locale.ENGLISH);
        }

        public Messages in(Locale locale) {
            return isEnglish(locale) ? english : indonesian;
        }
    }

    public static Family family(String baseName, ClassLoader loader) {
        return new Family(baseName, loader);
    }

    /** The text for {@code key} with {@code arguments} filled in; the key itself when it is missing. */
    public String get(String key, Object... arguments) {
        try {
            String text = bundle.getString(key);
            if (arguments.length == 0) {
                return text;
            }
            // Plain "{0}" placeholders, as all our texts use, are filled in directly: parsing a
            // MessageFormat on every page view showed up in the lesson page's throughput.
            return text.indexOf('\'') < 0 ? fill(text, arguments) : new MessageFormat(text, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
