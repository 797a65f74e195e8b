package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What was written before a restart is there after it: a second server started on the
 * same database folder (a fresh unpack, so nothing but the database carries over) still
 * knows the session, the audit log and the demo accounts, and does not seed them twice.
 */
class RestartDurabilityIT {

    @Test
    void sessionsAndAuditEntriesSurviveARestart() throws Exception {
        Path database = BimtekProcess.newDatabaseDir("restart");
        String sessionCookie;
        String csrf;
        java.util.Set<Long> auditBefore;
        try (BimtekProcess first = BimtekProcess.unpack("restart-1", database).start()) {
            Http admin = new Http(first.port());
            assertEquals(200, admin.login("admin", "bimtek-admin").status());
            sessionCookie = admin.sessionCookie();
            csrf = admin.csrfToken();
            Http peserta = new Http(first.port());
            assertEquals(401, peserta.login("peserta", "salah-sekali").status());
            auditBefore = ids(admin.get("/api/audit?limit=500").json());
        }

        try (BimtekProcess second = BimtekProcess.unpack("restart-2", database).start()) {
            Http admin = new Http(second.port());
            admin.useSession(sessionCookie, csrf);
            Http.Response me = admin.get("/api/auth/me");
            assertEquals(200, me.status(), "the session from before the restart is still valid");
            assertEquals("admin", me.json().get("username").asText());

            JsonNode audit = admin.get("/api/audit?limit=500").json();
            assertTrue(ids(audit).containsAll(auditBefore), "no audit entry lost");
            assertTrue(contains(audit, "auth.login", "admin"));
            assertTrue(contains(audit, "auth.login_failed", "peserta"));
            assertEquals(4, count(audit, "user.create"), "demo accounts are seeded once, not again on the second start");
        }
    }

    private static java.util.Set<Long> ids(JsonNode entries) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        entries.forEach(entry -> ids.add(entry.get("id").asLong()));
        return ids;
    }

    private static boolean contains(JsonNode entries, String action, String actor) {
        for (JsonNode entry : entries) {
            if (entry.get("action").asText().equals(action) && entry.get("actor").asText().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    private static long count(JsonNode entries, String action) {
        long n = 0;
        for (JsonNode entry : entries) {
            if (entry.get("action").asText().equals(action)) {
                n++;
            }
        }
        return n;
    }
}
