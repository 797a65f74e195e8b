package org.bimtek.events.internal.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.registry.UnitKind;

/**
 * What makes a new event acceptable. Every field is checked and every problem reported at once, by field, so that
 * the form can show them all; the first one is the error's message.
 */
public final class EventRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PLACE = 300;
    static final int MAX_URL = 500;
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_COURSES = 20;
    /** Longer than this is a programme, not an event: most likely a typo in a date. */
    static final Duration MAX_LENGTH = Duration.ofDays(14);
    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private EventRules() {
    }

    /** The event to store, or a 400 {@code invalid_event} with {@code details} = {field: message}. */
    public static Event validate(EventInput in, String createdBy, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = trimmed(in.title());
        if (title == null || title.length() < 3) {
            errors.put("title", "Judul acara wajib diisi (paling sedikit 3 karakter).");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Judul paling panjang " + MAX_TITLE + " karakter.");
        }
        String description = trimmed(in.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.put("description", "Deskripsi paling panjang " + MAX_DESCRIPTION + " karakter.");
        }
        List<String> courses = courses(in.courseIds(), errors);
        Instant starts = time(in.startsAt(), "startsAt", "Waktu mulai", errors, true);
        Instant ends = time(in.endsAt(), "endsAt", "Waktu selesai", errors, true);
        if (starts != null && ends != null) {
            if (!ends.isAfter(starts)) {
                errors.put("endsAt", "Waktu selesai harus sesudah waktu mulai.");
            } else if (Duration.between(starts, ends).compareTo(MAX_LENGTH) > 0) {
                errors.put("endsAt", "Acara paling lama 14 hari; periksa tanggalnya.");
            } else if (!ends.isAfter(now)) {
                errors.put("endsAt", "Acara ini sudah selesai; waktu selesai harus di masa depan.");
            }
        }
        String place = trimmed(in.place());
        String url = trimmed(in.onlineUrl());
        if (place == null && url == null) {
            errors.put("place", "Isi tempat acara atau tautan daringnya.");
        }
        if (place != null && place.length() > MAX_PLACE) {
            errors.put("place", "Tempat paling panjang " + MAX_PLACE + " karakter.");
        }
        if (url != null && !isWebLink(url)) {
            errors.put("onlineUrl", "Tautan daring harus alamat http:// atau https:// yang lengkap (paling panjang " + MAX_URL + " karakter).");
        }
        int capacity = in.capacity() == null ? 0 : in.capacity();
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            errors.put("capacity", "Kapasitas harus 1 sampai " + MAX_CAPACITY + " kursi.");
        }
        Map<UnitKind, Integer> quotas = quotas(in.quotas(), capacity, errors);
        Instant opens = in.enrolmentOpensAt() == null || in.enrolmentOpensAt().isBlank() ? now
                : time(in.enrolmentOpensAt(), "enrolmentOpensAt", "Pendaftaran dibuka", errors, false);
        Instant closes = in.enrolmentClosesAt() == null || in.enrolmentClosesAt().isBlank() ? starts
                : time(in.enrolmentClosesAt(), "enrolmentClosesAt", "Pendaftaran ditutup", errors, false);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.put("enrolmentClosesAt", "Pendaftaran harus ditutup sesudah dibuka.");
        } else if (closes != null && ends != null && closes.isAfter(ends)) {
            errors.put("enrolmentClosesAt", "Pendaftaran harus ditutup paling lambat saat acara selesai.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid_event", errors.values().iterator().next(), errors);
        }
        return new Event(0, title, description, courses, starts, ends, place, url, capacity, quotas, opens, closes,
                Boolean.TRUE.equals(in.needsApproval()), createdBy, now);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> courses(List<String> ids, Map<String, String> errors) {
        Set<String> courses = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            String c = trimmed(id);
            if (c == null) {
                continue;
            }
            if (!COURSE_ID.matcher(c).matches()) {
                errors.put("courseIds", "Id kursus '" + c + "' tidak sah: huruf kecil, angka dan tanda hubung, misalnya penulisan-berita-dasar.");
                return List.of();
            }
            courses.add(c);
        }
        if (courses.size() > MAX_COURSES) {
            errors.put("courseIds", "Paling banyak " + MAX_COURSES + " kursus terkait.");
        }
        return new ArrayList<>(courses);
    }

    private static Instant time(String text, String field, String label, Map<String, String> errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, label + " wajib diisi.");
            }
            return null;
        }
        try {
            return Wita.parse(text);
        } catch (DateTimeException e) {
            errors.put(field, label + " tidak terbaca; tulis seperti 2026-05-10T09:00 (WITA) atau dengan zona waktu.");
            return null;
        }
    }

    private static boolean isWebLink(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Map<UnitKind, Integer> quotas(Map<String, Integer> given, int capacity, Map<String, String> errors) {
        Map<UnitKind, Integer> quotas = new EnumMap<>(UnitKind.class);
        if (given == null) {
            return quotas;
        }
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            UnitKind kind;
            try {
                kind = UnitKind.valueOf(String.valueOf(e.getKey()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.put("quotas", "Jenis unit '" + e.getKey() + "' tidak dikenal; gunakan OPD, KECAMATAN atau KELURAHAN.");
                continue;
            }
            if (e.getValue() == null) {
                continue;
            }
            if (e.getValue() < 1 || (capacity > 0 && e.getValue() > capacity)) {
                errors.put("quotas", "Kuota " + kind + " harus 1 sampai kapasitas acara.");
                continue;
            }
            quotas.put(kind, e.getValue());
        }
        return quotas;
    }
}
