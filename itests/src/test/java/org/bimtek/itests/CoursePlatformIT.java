package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.Tier;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Courses come and go while the server runs: through deploy/, feature:install and the
 * upload endpoint; learners' progress outlives the bundle; nothing else restarts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoursePlatformIT extends BimtekContainer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private BundleContext context;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FeaturesService features;

    @Inject
    private AuditLog audit;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {editConfigurationFilePut("etc/org.bimtek.modules.cfg", "maxUploadMegabytes", "1")};
    }

    private Http login(String user, String password) throws Exception {
        Http http = new Http(port());
        Poll.until("login as " + user, Duration.ofSeconds(60), () -> http.login(user, password).status() == 200);
        return http;
    }

    private Path deploy() {
        return Path.of(System.getProperty("karaf.base"), "deploy");
    }

    /** Bundle events (stop, start, refresh) of bundles other than the test's own, while it runs. */
    private final List<String> foreignEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
    private org.osgi.framework.BundleListener listener;

    @org.junit.Before
    public void recordBundleEvents() {
        listener = event -> {
            String name = event.getBundle().getSymbolicName();
            boolean ours = name.startsWith("org.bimtek.test.") || name.equals("org.bimtek.course.photo-video-menengah");
            if (!ours && event.getType() != org.osgi.framework.BundleEvent.INSTALLED) {
                foreignEvents.add(name + " event " + event.getType());
            }
        };
        context.addBundleListener(listener);
    }

    @org.junit.After
    public void stopRecording() {
        context.removeBundleListener(listener);
    }

    /** Every bundle's id, state and last-modified stamp: a restart of any bundle changes it. */
    private Map<Long, String> bundleStates() {
        Map<Long, String> states = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            states.put(bundle.getBundleId(), bundle.getSymbolicName() + "/" + bundle.getState() + "/" + bundle.getLastModified());
        }
        return states;
    }

    private void assertNoOtherBundleChanged(Map<Long, String> before, Set<String> except) {
        assertEquals("no other bundle stopped, started or was refreshed", List.of(), foreignEvents);
        Map<Long, String> after = bundleStates();
        for (Map.Entry<Long, String> entry : before.entrySet()) {
            String name = entry.getValue().split("/")[0];
            if (!except.contains(name)) {
                assertEquals("bundle " + name + " must not be touched", entry.getValue(), after.get(entry.getKey()));
            }
        }
    }

    private void awaitCourse(String id, String version) throws Exception {
        Poll.until("course " + id + " " + version + " listed", DEPLOY_TIMEOUT,
                () -> catalog.course(id).map(c -> c.version().equals(version)).orElse(false));
    }

    private void awaitGone(String id) throws Exception {
        Poll.until("course " + id + " gone", DEPLOY_TIMEOUT, () -> catalog.course(id).isEmpty());
    }

    @Test
    public void theSevenBimtekCoursesAreThereAndValid() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        assertEquals(Map.of(), catalog.problems());
        Set<String> ids = catalog.courses().stream().map(Course::id).collect(Collectors.toSet());
        assertEquals(Set.of("penulisan-berita-dasar", "penulisan-berita-menengah", "foto-video-dasar", "foto-video-menengah",
                "editing-video-dasar", "tata-kelola-medsos-dasar", "tata-kelola-medsos-mahir"), ids);
        for (Course course : catalog.courses()) {
            assertTrue(course.id() + " has lessons", course.lessons().size() >= (course.tier() == Tier.DASAR ? 5 : 3));
        }
        Http peserta = login("peserta", "bimtek-peserta");
        JsonNode list = peserta.get("/api/courses").json();
        assertEquals(7, list.size());
        for (String field : List.of("id", "version", "title", "area", "tier", "lessonCount", "progress")) {
            assertTrue("course list field " + field, list.get(0).has(field));
        }
        assertEquals(404, peserta.get("/api/courses/tidak-ada").status());
        assertEquals(404, peserta.get("/api/courses/penulisan-berita-dasar/lessons/tidak-ada").status());
    }

    @Test
    public void aCourseDroppedIntoDeployComesGoesAndComesBackWithTheLearnersProgress() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        Map<Long, String> before = bundleStates();
        Path jar = deploy().resolve("uji-deploy.jar");
        Http peserta = login("peserta", "bimtek-peserta");

        Files.write(jar, CourseJars.course("uji-deploy", "1.0.0"));
        awaitCourse("uji-deploy", "1.0.0");
        JsonNode done = peserta.postJson("/api/courses/uji-deploy/lessons/pelajaran-satu/complete", "{}").json();
        assertEquals(50, done.get("progress").asInt());

        Files.delete(jar);
        awaitGone("uji-deploy");
        assertEquals(404, peserta.get("/api/courses/uji-deploy").status());

        Files.write(jar, CourseJars.course("uji-deploy", "1.0.0"));
        awaitCourse("uji-deploy", "1.0.0");
        JsonNode back = peserta.get("/api/courses/uji-deploy").json();
        assertEquals("progress is kept while the bundle is away", 50, back.get("progress").asInt());
        assertTrue(back.get("modules").get(0).get("lessons").get(0).get("completed").asBoolean());

        Files.write(jar, CourseJars.course("uji-deploy", "1.1.0"));
        awaitCourse("uji-deploy", "1.1.0");
        assertTrue(peserta.get("/api/courses/uji-deploy/lessons/pelajaran-satu").json().get("html").asText().contains("versi 1.1.0"));
        assertEquals(50, peserta.get("/api/courses/uji-deploy").json().get("progress").asInt());

        Path broken = deploy().resolve("uji-rusak.jar");
        Files.write(broken, CourseJars.broken("uji-rusak"));
        Poll.until("the broken course reported", DEPLOY_TIMEOUT, () -> catalog.problems().containsKey("org.bimtek.test.uji-rusak"));
        assertTrue(catalog.problems().get("org.bimtek.test.uji-rusak").get(0).message().contains("tier must be"));
        Http admin = login("admin", "bimtek-admin");
        JsonNode modules = admin.get("/api/modules").json();
        JsonNode reported = null;
        for (JsonNode module : modules) {
            if (module.get("symbolicName").asText().equals("org.bimtek.test.uji-rusak")) {
                reported = module;
            }
        }
        assertEquals("course", reported.get("kind").asText());
        assertTrue(reported.get("errors").get(0).asText().startsWith("course.json:"));
        assertEquals("the other courses still answer", 200, peserta.get("/api/courses/penulisan-berita-dasar/lessons/apa-itu-berita").status());

        Files.delete(broken);
        Files.delete(jar);
        awaitGone("uji-deploy");
        Poll.until("the broken bundle gone", DEPLOY_TIMEOUT, () -> !catalog.problems().containsKey("org.bimtek.test.uji-rusak"));
        assertNoOtherBundleChanged(before, Set.of());
    }

    @Test
    public void theUploadRefusesWhatIsNotASafeCourseAndInstallsWhatIs() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        Map<Long, String> before = bundleStates();
        Http admin = login("admin", "bimtek-admin");
        String jarType = "application/java-archive";

        Http.Response plain = admin.postBytes("/api/modules", CourseJars.notACourse(), jarType);
        assertEquals(400, plain.status());
        assertEquals("invalid_module", plain.json().get("error").get("code").asText());
        assertTrue(plain.body(), plain.body().contains("Bimtek-Course"));

        Http.Response traversal = admin.postBytes("/api/modules", CourseJars.withEntry("uji-jalan", "../../etc/cron.d/jahat"), jarType);
        assertEquals(400, traversal.status());
        assertTrue(traversal.body(), traversal.body().contains("leaves the jar"));

        Http.Response absolute = admin.postBytes("/api/modules", CourseJars.withEntry("uji-absolut", "/etc/passwd"), jarType);
        assertEquals(400, absolute.status());

        assertEquals("refused from the headers, before the body is read", 413, admin.announceUpload("/api/modules", 5L << 30));
        Http.Response huge = admin.postBytes("/api/modules", new byte[1024 * 1024 + 1], jarType);

        assertEquals(413, huge.status());
        assertEquals("payload_too_large", huge.json().get("error").get("code").asText());
        assertEquals(400, admin.postBytes("/api/modules", "bukan jar".getBytes(), jarType).status());
        assertEquals(409, admin.delete("/api/modules/org.bimtek.web").status());
        Http.Response sameVersion = admin.postBytes("/api/modules", CourseJars.course("org.bimtek.course.news-writing-dasar",
                "0.1.0.SNAPSHOT", "penulisan-berita-dasar", "1.0.0"), jarType);
        assertEquals(sameVersion.body(), 409, sameVersion.status());
        assertEquals("version_installed", sameVersion.json().get("error").get("code").asText());
        assertEquals(404, admin.delete("/api/modules/org.bimtek.tidak.ada").status());

        Http peserta = login("peserta", "bimtek-peserta");
        assertEquals(403, peserta.postBytes("/api/modules", CourseJars.course("uji-unggah", "1.0.0"), jarType).status());

        Http.Response installed = admin.postBytes("/api/modules", CourseJars.course("uji-unggah", "1.0.0"), jarType);
        assertEquals(installed.body(), 201, installed.status());
        assertEquals("ACTIVE", installed.json().get("state").asText());
        assertTrue(catalog.course("uji-unggah").isPresent());
        assertEquals(200, peserta.get("/api/courses/uji-unggah").status());

        assertEquals(204, admin.delete("/api/modules/org.bimtek.test.uji-unggah").status());
        assertTrue(catalog.course("uji-unggah").isEmpty());
        assertEquals("admin", audit.recent("module.install", 1).get(0).actor());
        assertEquals("admin", audit.recent("module.remove", 1).get(0).actor());
        assertFalse(Files.exists(deploy().resolve("org.bimtek.test.uji-unggah.jar")));
        assertNoOtherBundleChanged(before, Set.of());
    }

    @Test
    public void mediaIsServedInRangesWithCachingHeaders() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        String video = "/kursus-media/foto-video-dasar/1.0.0/media/aturan-sepertiga.mp4";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + port() + video);
        java.net.http.HttpResponse<byte[]> whole = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(whole.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        java.net.http.HttpResponse<byte[]> part = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Range", "bytes=100-199").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.body().length, part.headers().firstValue("Content-Range").orElseThrow());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(whole.body(), 100, 200), part.body()));

        assertEquals(416, client.send(java.net.http.HttpRequest.newBuilder(uri).header("Range", "bytes=99999999-").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(304, client.send(java.net.http.HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port()
                + "/kursus-media/foto-video-dasar/1.0.0/course.json")).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    public void theModulePageIsForAdministratorsAndTheShellListsAndValidatesCourses() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        Http admin = login("admin", "bimtek-admin");
        Http.Response page = admin.get("/modul");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("enctype=\"multipart/form-data\"") && page.body().contains("org.bimtek.course.news-writing-dasar"));
        assertEquals(403, login("peserta", "bimtek-peserta").get("/modul").status());

        String list = shell("bimtek:course-list");
        assertTrue(list, list.contains("penulisan-berita-dasar") && list.contains("tata-kelola-medsos-mahir"));
        Path jar = Files.createTempFile("kursus", ".jar");
        Files.write(jar, CourseJars.broken("uji-shell"));
        String validated = shell("bimtek:course-validate " + jar);
        assertTrue(validated, validated.contains("course.json:2: tier must be DASAR, MENENGAH or MAHIR"));
        Files.write(jar, CourseJars.course("uji-shell", "1.0.0"));
        assertTrue(shell("bimtek:course-validate " + jar).startsWith("OK"));
    }

    @Test
    public void aCourseFeatureInstallsAndUninstallsWithoutRestartingAnything() throws Exception {
        Poll.until("seven courses", Duration.ofSeconds(60), () -> catalog.courses().size() >= 7);
        Map<Long, String> before = bundleStates();
        String feature = "bimtek-course-photo-video-menengah";
        features.uninstallFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitGone("foto-video-menengah");
        features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Poll.until("the course back", DEPLOY_TIMEOUT, () -> catalog.course("foto-video-menengah").isPresent());
        assertNoOtherBundleChanged(before, Set.of("org.bimtek.course.photo-video-menengah"));
    }
}
