package org.bimtek.registry.internal;

import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;

/** {@code ?page=&size=} read the same way by every list. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging of(Call call) {
        return new Paging(number(call, "page", 1, 1, 1_000_000), number(call, "size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    static Paging of(String page, String size) {
        return new Paging(parse(page, 1, 1, 1_000_000, "page"), parse(size, DEFAULT_SIZE, 1, MAX_SIZE, "size"));
    }

    private static int number(Call call, String name, int fallback, int min, int max) {
        return parse(call.query(name, null), fallback, min, max, name);
    }

    private static int parse(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("invalid_parameter", "Parameter " + name + " harus bilangan bulat " + min + "-" + max + ".",
                java.util.Map.of(name, "harus bilangan bulat " + min + "-" + max));
    }
}
