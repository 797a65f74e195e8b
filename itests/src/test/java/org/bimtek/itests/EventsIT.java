package org.bimtek.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Bimtek events in the real distribution: 50 trainees enrolling at the same moment for 10 seats (each from their own
 * client), a cancellation moving the waitlist up, check-in recorded once, the attendance exports, and attendance
 * counting on the ladder (Dasar is configured to need just that here) until a certificate is issued.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EventsIT extends BimtekContainer {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
            editConfigurationFilePut("etc/org.bimtek.certification.cfg", "ladder.DASAR.requirements", "event-attended course=penulisan-berita-dasar"),
        };
    }

    private Http login(String user, String password) throws Exception {
        Http http = new Http(port());
        Poll.until("login as " + user, Duration.ofSeconds(60), () -> http.login(user, password).status() == 200);
        return http;
    }

    private Http admin() throws Exception {
        Http admin = login("admin", "bimtek-admin");
        Poll.until("/api/events served", Duration.ofSeconds(60), () -> admin.get("/api/events").status() == 200);
        return admin;
    }

    /** A trainee account made by the administrator, logged in with its own client (cookies, CSRF token). */
    private Http trainee(Http admin, String username) throws Exception {
        Http.Response created = admin.postJson("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Peserta " + username
                + "\",\"roles\":[\"TRAINEE\"],\"password\":\"rahasia-" + username + "\"}");
        assertEquals(created.body(), 201, created.status());
        Http http = new Http(port());
        assertEquals(200, http.login(username, "rahasia-" + username).status());
        return http;
    }

    /** An event a week from now, 09.00-15.00 WITA (times without an offset are read as WITA), enrolment open now. */
    private static long createEvent(Http admin, String title, int capacity) throws Exception {
        LocalDate day = LocalDate.now(WITA).plusDays(7);
        Http.Response created = admin.postJson("/api/events", "{\"title\":\"" + title + "\",\"courseIds\":[\"penulisan-berita-dasar\"],"
                + "\"startsAt\":\"" + day + "T09:00\",\"endsAt\":\"" + day + "T15:00\",\"place\":\"Aula Diskominfo Kota Samarinda\","
                + "\"capacity\":" + capacity + "}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("0 dari " + capacity + " kursi terisi", created.json().path("seats").asText());
        return created.json().path("id").asLong();
    }

    @Test
    public void fiftyTraineesEnrollingAtOnceGetTenSeatsAndAWaitlistInOrder() throws Exception {
        Http admin = admin();
        long event = createEvent(admin, "Bimtek Serentak", 10);
        List<Http> trainees = new ArrayList<>();
        // Accounts and logins one after another: each login hashes a password with Argon2id (19 MiB).
        for (int i = 1; i <= 50; i++) {
            trainees.add(trainee(admin, "acara-serentak-" + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(trainees.size());
        List<Http.Response> answers = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(trainees.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (Http t : trainees) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return t.postJson("/api/events/" + event + "/enrol", "");
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            for (Future<Http.Response> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Long, Integer> toldPosition = new HashMap<>();
        int enrolled = 0;
        for (Http.Response a : answers) {
            assertEquals(a.body(), 201, a.status());
            String state = a.json().path("state").asText();
            if (state.equals("ENROLLED")) {
                enrolled++;
                assertTrue(a.body(), a.json().path("checkInCode").asText().matches("[2-9A-HJKMNP-Z]{10}"));
            } else {
                assertEquals(a.body(), "WAITLISTED", state);
                assertTrue(a.json().path("checkInCode").isNull());
                toldPosition.put(a.json().path("id").asLong(), a.json().path("position").asInt());
            }
        }
        assertEquals("exactly the capacity is enrolled, never more", 10, enrolled);
        assertEquals(40, toldPosition.size());
        assertEquals("each waitlisted trainee got a place of their own, 1 to 40", 40, toldPosition.values().stream().distinct()
                .filter(p -> p >= 1 && p <= 40).count());

        // The administrator's list agrees: the same places, in the order the trainees were told them.
        JsonNode list = admin.get("/api/events/" + event + "/enrolments").json();
        assertEquals(50, list.size());
        int listed = 0;
        for (JsonNode e : list) {
            if (e.path("state").asText().equals("WAITLISTED")) {
                listed++;
                assertEquals(e.toString(), toldPosition.get(e.path("id").asLong()), Integer.valueOf(e.path("position").asInt()));
            }
        }
        assertEquals(40, listed);
        JsonNode seats = admin.get("/api/events/" + event).json();
        assertEquals(10, seats.path("seatsTaken").asInt());
        assertEquals(40, seats.path("waitlisted").asInt());
        assertEquals("10 dari 10 kursi terisi", seats.path("seats").asText());

        // A seated trainee cancels: the first in line takes the seat, the second becomes first.
        Http seated = null;
        Http first = null;
        Http second = null;
        for (int i = 0; i < answers.size(); i++) {
            JsonNode a = answers.get(i).json();
            if (a.path("state").asText().equals("ENROLLED") && seated == null) {
                seated = trainees.get(i);
            } else if (a.path("position").asInt() == 1) {
                first = trainees.get(i);
            } else if (a.path("position").asInt() == 2) {
                second = trainees.get(i);
            }
        }
        assertNotNull(seated);
        Http.Response cancelled = seated.delete("/api/events/" + event + "/enrol");
        assertEquals(cancelled.body(), 200, cancelled.status());
        assertEquals("CANCELLED", cancelled.json().path("state").asText());
        JsonNode moved = first.get("/api/events/" + event).json().path("enrolment");
        assertEquals(moved.toString(), "ENROLLED", moved.path("state").asText());
        assertFalse(moved.path("checkInCode").isNull());
        assertEquals(1, second.get("/api/events/" + event).json().path("enrolment").path("position").asInt());
        assertEquals(10, admin.get("/api/events/" + event).json().path("seatsTaken").asInt());
    }

    @Test
    public void aCheckInIsRecordedOnceAndCountsOnTheLadder() throws Exception {
        Http admin = admin();
        long event = createEvent(admin, "Bimtek Penulisan Berita Uji", 5);
        Http dewi = trainee(admin, "acara-dewi");
        // The test ladder is read from its configuration just after the boot: wait until Dasar asks for attendance.
        Poll.until("Dasar configured to need attendance", Duration.ofSeconds(60), () -> dewi.get("/api/me/ladder").json().path(0)
                .path("requirements").path(0).path("type").asText().equals("event-attended"));
        JsonNode before = dewi.get("/api/me/ladder").json().get(0);
        assertFalse(before.toString(), before.path("complete").asBoolean());

        Http.Response enrolled = dewi.postJson("/api/events/" + event + "/enrol", "");
        assertEquals(enrolled.body(), 201, enrolled.status());
        assertEquals("ENROLLED", enrolled.json().path("state").asText());
        String code = enrolled.json().path("checkInCode").asText();
        assertEquals("enrolling again changes nothing", 200, dewi.postJson("/api/events/" + event + "/enrol", "").status());
        assertEquals("only an administrator checks in", 403, dewi.postJson("/api/events/" + event + "/check-in",
                "{\"code\":\"" + code + "\"}").status());
        assertEquals(400, admin.postJson("/api/events/" + event + "/check-in", "{\"code\":\"bukan kode\"}").status());

        Http.Response first = admin.postJson("/api/events/" + event + "/check-in", "{\"code\":\"" + code.toLowerCase() + "\"}");
        assertEquals(first.body(), 200, first.status());
        assertEquals("recorded", first.json().path("status").asText());
        String at = first.json().path("checkedInAt").asText();
        Http.Response second = admin.postJson("/api/events/" + event + "/check-in", "{\"code\":\"" + code + "\"}");
        assertEquals(second.body(), 200, second.status());
        assertEquals("already", second.json().path("status").asText());
        assertEquals("the first check-in's time stays", at, second.json().path("checkedInAt").asText());
        assertTrue(second.body(), second.json().path("message").asText().contains("sudah tercatat pada"));

        JsonNode attendance = admin.get("/api/events/" + event + "/attendance").json();
        assertEquals(1, attendance.size());
        assertEquals(at, attendance.get(0).path("checkedInAt").asText());
        assertEquals("admin", attendance.get(0).path("checkedInBy").asText());
        Http.Response csv = admin.get("/api/events/" + event + "/attendance?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse(""), csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFnama;nip;unit;status;hadir_pada;dicatat_oleh\r\nPeserta acara-dewi;"));
        Http.Response pdf = admin.get("/api/events/" + event + "/attendance.pdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals(403, dewi.get("/api/events/" + event + "/attendance").status());
        assertEquals(at, dewi.get("/api/events/" + event).json().path("enrolment").path("checkedInAt").asText());
        assertEquals("a checked-in participant cannot cancel", 409, dewi.delete("/api/events/" + event + "/enrol").status());

        Poll.until("Dasar complete by attendance", Duration.ofSeconds(20), () -> dewi.get("/api/me/ladder").json().get(0)
                .path("complete").asBoolean());
        Poll.until("a Dasar certificate for the attendance", Duration.ofSeconds(20),
                () -> dewi.get("/api/me/certificates").json().size() == 1);
        JsonNode certificate = dewi.get("/api/me/certificates").json().get(0);
        assertEquals("DASAR", certificate.path("tier").asText());
        JsonNode evidence = certificate.path("snapshot").path("evidence").get(0);
        assertEquals("event", evidence.path("kind").asText());
        assertEquals(Long.toString(event), evidence.path("reference").asText());
        assertEquals("Bimtek Penulisan Berita Uji", evidence.path("title").asText());
    }
}
