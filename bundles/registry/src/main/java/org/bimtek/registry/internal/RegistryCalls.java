package org.bimtek.registry.internal;

import java.util.Map;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;

/** Reading path and query parameters the same way in every registry endpoint. */
final class RegistryCalls {

    private RegistryCalls() {
    }

    /** A numeric id from the path; anything else cannot name a record, so it is not found. */
    static long id(Call call, String name, String notFound) {
        try {
            return Long.parseLong(call.path(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound(notFound);
        }
    }

    static Long optionalLong(Call call, String name) {
        String value = call.query(name, null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_parameter", "Parameter " + name + " harus berupa angka.",
                    Map.of(name, "harus berupa angka"));
        }
    }

    /** true/false, or null when absent. */
    static Boolean optionalBoolean(Call call, String name) {
        String value = call.query(name, null);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "ya" -> Boolean.TRUE;
            case "false", "0", "tidak" -> Boolean.FALSE;
            default -> throw ApiException.badRequest("invalid_parameter", "Parameter " + name + " harus true atau false.",
                    Map.of(name, "harus true atau false"));
        };
    }

    static <E extends Enum<E>> E optionalChoice(Call call, String name, Class<E> type) {
        FieldErrors errors = new FieldErrors();
        E value = Text.choice(errors, name, call.query(name, null), type, false);
        errors.throwIfAny();
        return value;
    }

    /** {@code ?unit=} as a subtree filter: an unknown unit or one outside the scope is refused like any bad filter. */
    static Long unitFilter(Call call, Scope scope) {
        Long unit = optionalLong(call, "unit");
        if (unit != null && !scope.allows(unit)) {
            throw ApiException.notFound(UnitService.NOT_FOUND);
        }
        return unit;
    }
}
