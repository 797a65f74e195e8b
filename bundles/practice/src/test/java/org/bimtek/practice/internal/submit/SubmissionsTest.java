package org.bimtek.practice.internal.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bimtek.api.audit.AuditEntry;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.Text;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.storage.Database;
import org.bimtek.practice.internal.task.TaskCatalog;
import org.bimtek.practice.internal.task.TaskReaderTest;
import org.bimtek.practice.internal.upload.Uploads;
import org.bimtek.storage.internal.MemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, versions and reviews on real in-memory Derby, with a task read from a course the way the platform offers it. */
class SubmissionsTest {

    private static final String LEAD = "Kelurahan Air Putih menggelar kerja bakti membersihkan saluran air di Jalan Juanda, Samarinda, "
            + "Minggu (12/3/2026) pagi, untuk mencegah banjir. Warga bekerja bersama petugas dengan membagi lokasi per RT.";

    @TempDir
    Path folder;

    private Submissions submissions;
    private final List<AuditEntry> audit = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Database database = MemoryDatabase.create("org.bimtek.practice", SubmissionsTest.class);
        TaskCatalog tasks = new TaskCatalog();
        String descriptor = "{\"id\": \"uji\", \"tasks\": [{\"id\": \"tugas-berita\", \"kind\": \"ARTICLE\", \"title\": {\"id\": \"Berita\"},"
                + " \"instructions\": \"b.md\", \"limits\": {\"minWords\": 20, \"maxWords\": 400}, " + TaskReaderTest.RUBRIC + "}]}";
        tasks.added(new Course("uji", "1.0.0", new Text("Uji", null), "news-writing", Tier.DASAR, new Text("", null), List.of(), "uji"),
                new TaskReaderTest.Files(descriptor, Map.of("b.md", "Tulis berita.")), new ObjectMapper().readTree(descriptor).path("tasks"));
        AuditLog log = new AuditLog() {
            @Override
            public AuditEntry record(String actor, String action, String target, String detail) {
                AuditEntry e = new AuditEntry(audit.size() + 1, Instant.now(), actor, action, target, detail);
                audit.add(e);
                return e;
            }

            @Override
            public List<AuditEntry> recent(String action, int limit) {
                return audit;
            }
        };
        submissions = new Submissions(database, tasks, new Uploads(database, folder, 1 << 20), log,
                Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC));
    }

    private Submission save(String headline, String body, boolean draft) {
        return submissions.save(7, "tugas-berita", new Submissions.Input(headline, body, null, draft));
    }

    @Test
    void aDraftIsRewrittenUntilItIsHandedIn() {
        Submission draft = save("Kerja bakti", "Baru mulai", true);
        assertEquals(Submission.State.DRAFT, draft.state());
        Submission again = save("Kerja bakti di Air Putih", LEAD, true);
        assertEquals(draft.id(), again.id(), "autosave rewrites the one draft");
        assertTrue(again.checks().path("findings").toString().contains("words"), again.checks().toString());
        Submission sent = save("Kerja bakti di Air Putih", LEAD, false);
        assertEquals(Submission.State.SUBMITTED, sent.state());
        assertEquals(1, sent.version());
        ApiException waiting = assertThrows(ApiException.class, () -> save("Lagi", LEAD, false));
        assertEquals(409, waiting.status());
        assertEquals(400, assertThrows(ApiException.class, () -> submissions.save(8, "tugas-berita",
                new Submissions.Input("", "isi", null, false))).status(), "a headline is needed to hand in");
    }

    @Test
    void returnedWorkComesBackAsANewVersionAndEveryReviewIsKept() {
        Submission first = save("Kerja bakti", LEAD, false);
        assertEquals(400, assertThrows(ApiException.class, () -> submissions.review(first.id(), 99, "instruktur",
                new Submissions.Verdict(Map.of("akurasi", 2, "judul", 0), " ", "RETURNED"))).status(), "returning needs a comment");
        assertEquals(400, assertThrows(ApiException.class, () -> submissions.review(first.id(), 99, "instruktur",
                new Submissions.Verdict(Map.of("akurasi", 1, "judul", 0), "x", "RETURNED"))).status(), "1 is not a level");
        assertEquals(403, assertThrows(ApiException.class, () -> submissions.review(first.id(), 7, "peserta7",
                new Submissions.Verdict(Map.of("akurasi", 4, "judul", 3), "", "ACCEPTED"))).status(), "nobody reviews their own work");
        assertEquals(400, assertThrows(ApiException.class, () -> submissions.review(first.id(), 99, "instruktur",
                new Submissions.Verdict(Map.of("akurasi", 2, "judul", 0), "", "ACCEPTED"))).status(), "2 of 7 is below the pass mark of 5");
        Review returned = submissions.review(first.id(), 99, "instruktur", new Submissions.Verdict(Map.of("akurasi", 2, "judul", 0),
                "Judul belum menyebut kapan.", "RETURNED"));
        assertEquals(2, returned.points());
        assertEquals(409, assertThrows(ApiException.class, () -> submissions.review(first.id(), 99, "instruktur",
                new Submissions.Verdict(Map.of("akurasi", 4, "judul", 3), "", "ACCEPTED"))).status(), "reviewed once");

        TaskAcceptedRequirement requirement = new TaskAcceptedRequirement(submissions);
        assertFalse(requirement.evaluate(7, Map.of("task", "tugas-berita"), Locale.ROOT).met());

        Submission second = save("Kerja bakti Minggu pagi di Air Putih", LEAD, false);
        assertEquals(2, second.version());
        submissions.review(second.id(), 99, "instruktur", new Submissions.Verdict(Map.of("akurasi", 4, "judul", 3), "Bagus.", "ACCEPTED"));
        List<Submission> versions = submissions.versions(7, "tugas-berita");
        assertEquals(List.of(Submission.State.ACCEPTED, Submission.State.RETURNED), versions.stream().map(Submission::state).toList());
        assertEquals("Judul belum menyebut kapan.", submissions.reviews(first.id()).get(0).comment());
        assertEquals(409, assertThrows(ApiException.class, () -> save("Lagi", LEAD, true)).status(), "an accepted task is done");

        Evaluation met = requirement.evaluate(7, Map.of("task", "tugas-berita", "minScore", "80"), Locale.ROOT);
        assertTrue(met.met());
        assertEquals(100.0, met.evidence().score());
        assertFalse(requirement.evaluate(8, Map.of("task", "tugas-berita"), Locale.ROOT).met(), "another trainee");
        assertEquals(2, audit.stream().filter(e -> e.action().equals("practice.review")).count());
        assertEquals(1, submissions.queue(Submission.State.ACCEPTED, "uji", null, null).size());
    }
}
