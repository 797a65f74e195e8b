package org.bimtek.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.Json;

/**
 * Audit entries for registry changes: the object before and after, as JSON. Written after
 * the transaction commits, so the log never tells of a change that was rolled back.
 */
final class Audit {

    private Audit() {
    }

    static void change(AuditLog log, String actor, String action, String target, Object before, Object after) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", before);
        detail.put("after", after);
        log.record(actor, action, target, json(detail));
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
