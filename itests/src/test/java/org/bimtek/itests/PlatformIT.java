package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.health.HealthReport;
import org.bimtek.api.health.HealthService;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.storage.Schema;
import org.bimtek.api.web.MenuEntry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The foundation in the real assembly: health, login/logout/me, audit, CSRF, migrations. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends BimtekContainer {

    @Inject
    private BundleContext context;

    // Injected services also make Pax Exam wait until the platform has come up.
    @Inject
    private HealthService health;

    @Inject
    private AuditLog audit;

    @Inject
    private UserService users;


    private Http http() throws Exception {
        Http http = new Http(port());
        Poll.until("HTTP health to answer 200", Duration.ofSeconds(60), () -> http.get("/api/health").status() == 200);
        return http;
    }

    @Test
    public void healthIsUpWithTheDatabaseAndNoFailedBundle() throws Exception {
        HealthReport report = health.check();
        assertEquals("UP", report.status());
        assertEquals("UP", report.database());
        assertEquals(0, report.bundles().failed());

        JsonNode json = http().get("/api/health").json();
        assertEquals("UP", json.get("status").asText());
        assertEquals("UP", json.get("database").asText());
        assertTrue(json.get("bundles").get("active").asInt() > 50);
        assertEquals(0, json.get("bundles").get("failed").asInt());
        assertFalse(json.get("version").asText().isEmpty());
    }

    @Test
    public void loginMeAndLogout() throws Exception {
        Http http = http();
        assertEquals(401, http.get("/api/auth/me").status());

        Http.Response login = http.login("peserta", "bimtek-peserta");
        assertEquals(200, login.status());
        assertEquals("Siti Rahmawati", login.json().get("displayName").asText());
        String cookie = login.header("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

        Http.Response me = http.get("/api/auth/me");
        assertEquals(200, me.status());
        assertEquals("peserta", me.json().get("username").asText());
        assertEquals("TRAINEE", me.json().get("roles").get(0).asText());

        Http.Response forged = http.postWithoutCsrf("/api/auth/logout");
        assertEquals("logout without the CSRF token is refused", 403, forged.status());
        assertEquals(200, http.get("/api/auth/me").status());

        assertEquals(204, http.postJson("/api/auth/logout", "{}").status());
        assertEquals(401, http.get("/api/auth/me").status());
        assertEquals("auth.logout", audit.recent("auth.logout", 1).get(0).action());
    }

    @Test
    public void wrongPasswordGets401AndAnAuditEntry() throws Exception {
        Http http = http();
        Http.Response refused = http.login("instruktur", "not-the-password");
        assertEquals(401, refused.status());
        assertEquals("invalid_credentials", refused.json().get("error").get("code").asText());
        assertEquals("Nama pengguna atau kata sandi salah.", refused.json().get("error").get("message").asText());

        List<AuditEntry> failures = audit.recent("auth.login_failed", 5);
        assertTrue(failures.stream().anyMatch(e -> e.actor().equals("instruktur") && e.detail().contains("wrong password")));
    }

    @Test
    public void fiveFailedLoginsSlowTheAccountDownAndSayForHowLong() throws Exception {
        users.create("uji-throttle", "Akun Uji", Set.of(Role.TRAINEE), "kata-sandi-yang-benar".toCharArray());
        Http http = http();
        for (int attempt = 1; attempt <= 4; attempt++) {
            Http.Response refused = http.login("uji-throttle", "salah-" + attempt);
            assertEquals(401, refused.status());
            assertFalse(refused.body().contains("diperlambat"));
        }
        Http.Response fifth = http.login("uji-throttle", "salah-5");
        assertEquals(401, fifth.status());
        String message = fifth.json().get("error").get("message").asText();
        assertTrue(message, message.contains("diperlambat") && message.contains("30 detik"));

        Http.Response sixth = http.login("uji-throttle", "kata-sandi-yang-benar");
        assertEquals("even the right password waits", 429, sixth.status());
        assertTrue(sixth.json().get("error").get("message").asText().startsWith("Terlalu banyak percobaan"));
        long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 30);
        assertEquals("uji-throttle", audit.recent("auth.login_throttled", 1).get(0).actor());
    }

    @Test
    public void shellCommandsCreateAUserWithAPrintedPasswordAndReportHealth() throws Exception {
        String added = shell("bimtek:user-add --name \"Budi Santoso\" budi.santoso TRAINEE");
        assertTrue(added, added.contains("Pengguna dibuat: budi.santoso (TRAINEE)"));
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("Kata sandi: (\\S+)").matcher(added);
        assertTrue(added, password.find());
        Http http = http();
        Http.Response login = http.login("budi.santoso", password.group(1));
        assertEquals(200, login.status());
        assertEquals("Budi Santoso", login.json().get("displayName").asText());

        String duplicate = shell("bimtek:user-add budi.santoso ADMIN");
        assertTrue(duplicate, duplicate.contains("sudah dipakai"));
        String badRole = shell("bimtek:user-add siapa ROOT");
        assertTrue(badRole, badRole.contains("Peran tidak dikenal"));

        String health = shell("bimtek:health");
        assertTrue(health, health.contains("Status       : UP") && health.contains("Basis data   : UP"));
    }

    @Test
    public void aMenuEntryRegisteredByAnyBundleAppearsOnTheHomePageAndGoesWithIt() throws Exception {
        Http admin = http();
        assertEquals(200, admin.login("admin", "bimtek-admin").status());
        assertFalse(admin.get("/").body().contains("data-menu=\"uji-modul\""));

        org.osgi.framework.ServiceRegistration<MenuEntry> registration = context.registerService(MenuEntry.class, new MenuEntry() {
            @Override public String id() { return "uji-modul"; }
            @Override public String path() { return "/uji-modul"; }
            @Override public int order() { return 50; }
            @Override public String label(java.util.Locale locale) { return "Modul Uji"; }
            @Override public Set<Role> roles() { return Set.of(Role.ADMIN); }
        }, null);
        String home = admin.get("/").body();
        assertTrue(home.contains("data-menu=\"uji-modul\"") && home.contains("Modul Uji"));

        Http trainee = http();
        assertEquals(200, trainee.login("peserta", "bimtek-peserta").status());
        assertFalse("the entry is for administrators only", trainee.get("/").body().contains("Modul Uji"));

        registration.unregister();
        assertFalse(admin.get("/").body().contains("Modul Uji"));
    }

    @Test
    public void errorsAreJsonForMalformedBodiesUnknownPathsAndWrongMethods() throws Exception {
        Http http = http();
        Http.Response malformed = http.postJson("/api/auth/login", "{\"username\": ");
        assertEquals(400, malformed.status());
        assertEquals("invalid_json", malformed.json().get("error").get("code").asText());

        Http.Response unknown = http.get("/api/no-such-thing");
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.json().get("error").get("code").asText());

        Http.Response wrongMethod = http.get("/api/auth/login");
        assertEquals(405, wrongMethod.status());
        assertEquals("POST", wrongMethod.header("Allow").orElseThrow());
    }

    @Test
    public void openApiDocumentListsTheEndpointsOfEveryBundle() throws Exception {
        JsonNode document = http().get("/api/openapi.json").json();
        assertEquals("3.0.3", document.get("openapi").asText());
        for (String path : List.of("/api/health", "/api/openapi.json", "/api/auth/login", "/api/auth/logout", "/api/auth/me", "/api/audit",
                "/api/courses", "/api/courses/{id}", "/api/courses/{id}/lessons/{lessonId}", "/api/courses/{id}/lessons/{lessonId}/complete",
                "/api/modules", "/api/modules/{symbolicName}")) {
            assertTrue("OpenAPI lacks " + path, document.get("paths").has(path));
        }
    }

    @Test
    public void aBundleWithABrokenMigrationIsStoppedAndNothingElseIs() throws Exception {
        Bundle good = context.installBundle("test:migrations-good", new ByteArrayInputStream(migrationBundle("test.migrations.good",
                Map.of("V1__create.sql", "CREATE TABLE test_good (id INT);\nINSERT INTO test_good VALUES (1);"))));
        Bundle broken = context.installBundle("test:migrations-broken", new ByteArrayInputStream(migrationBundle("test.migrations.broken",
                Map.of("V1__create.sql", "CREATE TABLE test_broken (id INT)", "V2__bad.sql", "INSERT INTO no_such_table VALUES (1)"))));
        try {
            good.start();
            broken.start();
            Poll.until("the good bundle's schema", Duration.ofSeconds(30),
                    () -> !context.getServiceReferences(Schema.class, "(bimtek.schema.owner=test.migrations.good)").isEmpty());
            Poll.until("the broken bundle to be stopped", Duration.ofSeconds(30), () -> broken.getState() == Bundle.RESOLVED);

            assertEquals(Bundle.ACTIVE, good.getState());
            assertTrue(context.getServiceReferences(Schema.class, "(bimtek.schema.owner=test.migrations.broken)").isEmpty());
            HealthReport report = health.check();
            assertEquals("DEGRADED", report.status());
            assertEquals(1, report.bundles().failed());
            for (Bundle bundle : context.getBundles()) {
                if (bundle.getSymbolicName().startsWith("org.bimtek")) {
                    assertEquals(bundle.getSymbolicName() + " still runs", Bundle.ACTIVE, bundle.getState());
                }
            }
        } finally {
            good.uninstall();
            broken.uninstall();
        }
        assertEquals("UP", health.check().status());
        assertNotNull(audit.record("test", "test.done", null, null));
    }

    /** A bundle with no code: a manifest naming its script folder, and the scripts. */
    private static byte[] migrationBundle(String symbolicName, Map<String, String> scripts) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(Schema.MIGRATIONS_HEADER, "db");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                jar.putNextEntry(new JarEntry("db/" + script.getKey()));
                jar.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
