package org.bimtek.audit.internal;

import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;

/** The audit endpoint's part of {@code /api/openapi.json}. */
@Component
public final class AuditApiDoc implements OpenApiContributor {

    @Override
    public String openApiFragment() {
        return """
                {"paths": {"/api/audit": {"get": {
                  "tags": ["audit"], "summary": "Newest audit log entries (ADMIN)",
                  "parameters": [
                    {"name": "action", "in": "query", "schema": {"type": "string"}, "description": "e.g. auth.login_failed"},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 50, "maximum": 500}}],
                  "responses": {
                    "200": {"description": "Entries, newest first", "content": {"application/json": {"schema":
                      {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}}}}},
                    "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}}},
                 "components": {"schemas": {"AuditEntry": {"type": "object", "properties": {
                   "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"}, "actor": {"type": "string"},
                   "action": {"type": "string"}, "target": {"type": "string"}, "detail": {"type": "string"}}}}}}
                """;
    }
}
