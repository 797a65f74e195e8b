package org.bimtek.api.course;

import java.util.Locale;

/** A text in Indonesian and, optionally, English. */
public record Text(String id, String en) {

    /** The text in the wanted language, Indonesian when there is no English. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : id;
    }
}
