package org.bimtek.registry.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning what people type: trimmed, inner whitespace collapsed, blank as null, lengths checked. */
final class Text {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private Text() {
    }

    /** Trimmed with runs of whitespace made one space; null when blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(value.strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A required text field of at most {@code max} characters; the cleaned value, or null with an error recorded. */
    static String required(FieldErrors errors, String field, String value, int max) {
        String cleaned = clean(value);
        if (cleaned == null) {
            errors.add(field, "wajib diisi");
        } else if (cleaned.length() > max) {
            errors.add(field, "maksimum " + max + " karakter");
        }
        return cleaned;
    }

    static String optional(FieldErrors errors, String field, String value, int max) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > max) {
            errors.add(field, "maksimum " + max + " karakter");
        }
        return cleaned;
    }

    static String email(FieldErrors errors, String field, String value) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        cleaned = cleaned.toLowerCase(Locale.ROOT);
        if (cleaned.length() > 254 || !EMAIL.matcher(cleaned).matches()) {
            errors.add(field, "bukan alamat e-mail yang valid");
        }
        return cleaned;
    }

    static String phone(FieldErrors errors, String field, String value) {
        String cleaned = clean(value);
        if (cleaned != null && !PHONE.matcher(cleaned).matches()) {
            errors.add(field, "nomor telepon hanya boleh berisi angka, spasi, ( ) - dan + di depan (6-25 karakter)");
        }
        return cleaned;
    }

    /** A unit code: letters, digits, dot, underscore, hyphen; compared case-insensitively, so kept upper-case. */
    static String code(FieldErrors errors, String field, String value) {
        String cleaned = clean(value);
        if (cleaned == null) {
            errors.add(field, "wajib diisi");
            return null;
        }
        if (!CODE.matcher(cleaned).matches()) {
            errors.add(field, "kode hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung (1-40 karakter)");
        }
        return cleaned.toUpperCase(Locale.ROOT);
    }

    /** An enum constant by name, case-insensitively; null with an error listing the choices. */
    static <E extends Enum<E>> E choice(FieldErrors errors, String field, String value, Class<E> type, boolean required) {
        String cleaned = clean(value);
        if (cleaned == null) {
            if (required) {
                errors.add(field, "wajib diisi");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(cleaned)) {
                return constant;
            }
        }
        errors.add(field, "harus salah satu dari " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
