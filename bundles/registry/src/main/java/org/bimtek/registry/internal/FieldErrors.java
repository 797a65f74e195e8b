package org.bimtek.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bimtek.api.http.ApiException;

/**
 * Per-field problems with one input, collected so that a form or a CSV row reports every
 * problem at once rather than the first. The REST API sends them as the error's details.
 */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records a problem; the first one per field wins, it is usually the cause of the rest. */
    FieldErrors add(String field, String reason) {
        errors.putIfAbsent(field, reason);
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    Map<String, String> inOrder() {
        return errors;
    }

    /** 400 {@code validation_failed} with every field's reason, when there is any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw ApiException.badRequest("validation_failed",
                    "Data tidak valid: " + first.getKey() + ": " + first.getValue()
                            + (errors.size() > 1 ? " (dan " + (errors.size() - 1) + " masalah lain)" : ""),
                    new LinkedHashMap<>(errors));
        }
    }
}
