package org.bimtek.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static RestServlet.Route route(String template) {
        return new RestServlet.Route("GET", template, call -> null);
    }

    @Test
    void templatesCaptureNamedSegments() {
        assertEquals(Map.of("id", "berita-dasar", "lessonId", "l1"),
                route("/api/courses/{id}/lessons/{lessonId}").match("/api/courses/berita-dasar/lessons/l1"));
        assertEquals(Map.of(), route("/api/auth/me").match("/api/auth/me"));
    }

    @Test
    void segmentsNeverSpanSlashesAndLiteralsAreLiteral() {
        assertNull(route("/api/courses/{id}").match("/api/courses/a/b"));
        assertNull(route("/api/courses/{id}").match("/api/courses/"));
        assertNull(route("/api/openapi.json").match("/api/openapiXjson"));
        assertNull(route("/api/auth/me").match("/api/auth/me/"));
    }
}
