package org.bimtek.registry.internal;

import java.util.Locale;
import java.util.Map;

/** One data row of an import, by column name; values are trimmed and stripped of the export's formula guard. */
record CsvRow(int line, Map<String, String> values) {

    String get(String column) {
        String value = values.get(column);
        return value == null ? null : Text.clean(Csv.unguard(value.strip()));
    }

    /** "ya"/"tidak" (or true/false, 1/0, aktif/nonaktif); blank is yes; null with an error otherwise. */
    Boolean yesNo(FieldErrors errors, String field, String column) {
        String value = get(column);
        if (value == null) {
            return Boolean.TRUE;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "ya", "y", "true", "1", "aktif", "yes" -> {
                return Boolean.TRUE;
            }
            case "tidak", "t", "false", "0", "nonaktif", "no" -> {
                return Boolean.FALSE;
            }
            default -> {
                errors.add(field, "isi dengan ya atau tidak");
                return null;
            }
        }
    }

    /** Whether the file has this column at all. */
    boolean has(String column) {
        return values.containsKey(column);
    }

    boolean isBlank() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    static String yesNo(boolean value) {
        return value ? "ya" : "tidak";
    }
}
