import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exam-start spike (issue 4), and the setup of its saturation run. Two modes:
 * <pre>
 * spike  BASE ADMIN_PASSWORD N LOGIN_SECONDS START_SECONDS SAVES THINK_MIN THINK_MAX QUIZ
 *        N trainees log in spread over LOGIN_SECONDS, all start QUIZ within START_SECONDS, each saves SAVES
 *        answers with THINK_MIN..THINK_MAX seconds of thinking before each, then submits.
 * targets BASE ADMIN_PASSWORD N QUIZ FILE
 *        N trainees log in and start QUIZ; writes one line per question slot for wrk's save script
 *        (bench/quiz-saves.lua): attempt, slot, cookie, CSRF token, a well-formed response.
 * </pre>
 * Accounts latih00001... are created through /api/users first (not measured). Prints p50/p95/p99 per step,
 * errors, and saves per second. Talks to 127.0.0.1 only.
 */
public class QuizSpike {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "latihan-bimtek-2026";
    static HttpClient client;
    static String base;

    /** Latencies and errors of one step. */
    static final class Step {
        final String name;
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();

        Step(String name) {
            this.name = name;
        }

        void ok(long startNanos) {
            micros.add((System.nanoTime() - startNanos) / 1000);
        }

        void error(String kind) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        String report() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "%-8s n=%6d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms  errors=%d %s", name,
                    sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0, errors.get(), errorKinds.isEmpty() ? "" : errorKinds);
        }

        double p99() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return pct(sorted, 99);
        }

        static double pct(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
        }
    }

    /** One trainee: session, CSRF token, attempt. */
    static final class Trainee {
        final String username;
        String cookie;
        String csrf;
        JsonNode attempt;
        long seq;

        Trainee(String username) {
            this.username = username;
        }
    }

    public static void main(String[] args) throws Exception {
        base = args[1];
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
        Trainee admin = login("admin", args[2]);
        if (args[0].equals("spike")) {
            spike(admin, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]), Integer.parseInt(args[8]), args[9]);
        } else {
            targets(admin, Integer.parseInt(args[3]), args[4], java.nio.file.Path.of(args[5]));
        }
        System.exit(0);
    }

    static void spike(Trainee admin, int n, int loginSeconds, int startSeconds, int saves, int thinkMin, int thinkMax, String quiz)
            throws Exception {
        List<String> names = accounts(admin, n);
        Step login = new Step("login");
        Step start = new Step("start");
        Step save = new Step("save");
        Step submit = new Step("submit");
        Random random = new Random(42);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<Trainee> trainees = new ArrayList<>();
        names.forEach(u -> trainees.add(new Trainee(u)));

        long loginPhase = System.nanoTime();
        CountDownLatch loggedIn = new CountDownLatch(n);
        for (Trainee t : trainees) {
            timer.schedule(() -> loginAsync(t, login).whenComplete((r, e) -> loggedIn.countDown()),
                    (long) (random.nextDouble() * loginSeconds * 1000), TimeUnit.MILLISECONDS);
        }
        loggedIn.await();
        System.out.printf(Locale.ROOT, "logins done in %.1f s%n", (System.nanoTime() - loginPhase) / 1e9);

        CountDownLatch done = new CountDownLatch(n);
        AtomicLong firstSave = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastSave = new AtomicLong();
        Map<Long, AtomicInteger> savesPerSecond = new ConcurrentHashMap<>();
        for (Trainee t : trainees) {
            long at = (long) (random.nextDouble() * startSeconds * 1000);
            long seed = random.nextLong();
            timer.schedule(() -> startAsync(t, quiz, start).whenComplete((ok, e) -> {
                if (t.attempt == null) {
                    done.countDown();
                    return;
                }
                new Runner(t, timer, new Random(seed), saves, thinkMin, thinkMax, save, submit, done, firstSave, lastSave, savesPerSecond).next(0);
            }), at, TimeUnit.MILLISECONDS);
        }
        done.await();
        timer.shutdownNow();
        double saveWindow = (lastSave.get() - firstSave.get()) / 1e9;
        int peak = savesPerSecond.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        System.out.println("Exam-start spike: " + n + " trainees, logins over " + loginSeconds + " s, starts within " + startSeconds
                + " s, " + saves + " saves each with " + thinkMin + "-" + thinkMax + " s think time, quiz " + quiz);
        for (Step s : List.of(login, start, save, submit)) {
            System.out.println("  " + s.report());
        }
        System.out.printf(Locale.ROOT, "  saves/s: mean %.1f over %.0f s, peak %d in one second%n", save.micros.size() / saveWindow, saveWindow, peak);
        int errors = login.errors.get() + start.errors.get() + save.errors.get() + submit.errors.get();
        System.out.printf(Locale.ROOT, "  targets: errors %d (0 wanted) %s, save p99 %.1f ms (under 100 wanted) %s%n", errors,
                errors == 0 ? "MET" : "MISSED", save.p99(), save.p99() < 100 ? "MET" : "MISSED");
    }

    /** One trainee's walk through the quiz: think, save, ... then submit. */
    record Runner(Trainee t, ScheduledExecutorService timer, Random random, int saves, int thinkMin, int thinkMax, Step save, Step submit,
            CountDownLatch done, AtomicLong firstSave, AtomicLong lastSave, Map<Long, AtomicInteger> perSecond) {

        void next(int given) {
            if (given == saves) {
                long started = System.nanoTime();
                send("POST", "/api/attempts/" + t.attempt.path("id").asText() + "/submit", t, "").whenComplete((r, e) -> {
                    record(submit, started, r, e);
                    done.countDown();
                });
                return;
            }
            long think = (long) ((thinkMin + random.nextDouble() * (thinkMax - thinkMin)) * 1000);
            timer.schedule(() -> {
                JsonNode questions = t.attempt.path("questions");
                JsonNode question = questions.get(given % questions.size());
                long started = System.nanoTime();
                firstSave.accumulateAndGet(started, Math::min);
                send("PUT", "/api/attempts/" + t.attempt.path("id").asText() + "/answers/" + question.path("slot").asInt(), t,
                        saveBody(t, question)).whenComplete((r, e) -> {
                            record(save, started, r, e);
                            long now = System.nanoTime();
                            lastSave.accumulateAndGet(now, Math::max);
                            perSecond.computeIfAbsent(now / 1_000_000_000L, s -> new AtomicInteger()).incrementAndGet();
                            next(given + 1);
                        });
            }, think, TimeUnit.MILLISECONDS);
        }
    }

    static void targets(Trainee admin, int n, String quiz, java.nio.file.Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String name : accounts(admin, n)) {
            Trainee t = login(name, PASSWORD);
            startAsync(t, quiz, new Step("start")).join();
            for (JsonNode question : t.attempt.path("questions")) {
                String body = saveBody(t, question);
                String response = JSON.readTree(body).path("response").toString();
                lines.add(String.join("\t", t.attempt.path("id").asText(), question.path("slot").asText(), t.cookie, t.csrf, response));
            }
        }
        java.nio.file.Files.write(file, lines);
    }

    static void record(Step step, long started, HttpResponse<String> r, Throwable e) {
        if (e != null) {
            step.error(e.getClass().getSimpleName());
        } else if (r.statusCode() >= 300) {
            step.error("HTTP " + r.statusCode());
        } else {
            step.ok(started);
        }
    }

    /** Creates the accounts latih00001... that do not exist yet, two at a time (each costs an Argon2id hash). */
    static List<String> accounts(Trainee admin, int n) throws Exception {
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (JsonNode u : JSON.readTree(send("GET", "/api/users", admin, null).join().body())) {
            existing.add(u.path("username").asText());
        }
        List<String> names = new ArrayList<>();
        Semaphore parallel = new Semaphore(2);
        List<CompletableFuture<?>> creating = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = String.format("latih%05d", i);
            names.add(name);
            if (!existing.contains(name)) {
                parallel.acquire();
                creating.add(send("POST", "/api/users", admin, "{\"username\": \"" + name + "\", \"displayName\": \"Peserta Latihan " + i
                        + "\", \"roles\": [\"TRAINEE\"], \"password\": \"" + PASSWORD + "\"}").whenComplete((r, e) -> parallel.release()));
            }
        }
        CompletableFuture.allOf(creating.toArray(CompletableFuture[]::new)).join();
        return names;
    }

    static Trainee login(String username, String password) {
        Trainee t = new Trainee(username);
        Step ignored = new Step("login");
        loginAsync(t, ignored, password).join();
        if (t.cookie == null) {
            throw new IllegalStateException("login failed for " + username + ": " + ignored.errorKinds);
        }
        return t;
    }

    static CompletableFuture<Void> loginAsync(Trainee t, Step step) {
        return loginAsync(t, step, PASSWORD);
    }

    static CompletableFuture<Void> loginAsync(Trainee t, Step step, String password) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + t.username + "\", \"password\": \"" + password + "\"}")).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            record(step, started, r, e);
            if (e == null && r.statusCode() == 200) {
                t.cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BIMTEK_SESSION="))
                        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
                try {
                    t.csrf = JSON.readTree(r.body()).path("csrfToken").asText();
                } catch (Exception parse) {
                    step.error("login body");
                }
            }
            return null;
        });
    }

    static CompletableFuture<Void> startAsync(Trainee t, String quiz, Step step) {
        if (t.cookie == null) {
            step.error("not logged in");
            return CompletableFuture.completedFuture(null);
        }
        long started = System.nanoTime();
        return send("POST", "/api/quizzes/" + quiz + "/attempts", t, "").handle((r, e) -> {
            record(step, started, r, e);
            if (e == null && r.statusCode() < 300) {
                try {
                    t.attempt = JSON.readTree(r.body());
                } catch (Exception parse) {
                    step.error("start body");
                }
            }
            return null;
        });
    }

    static CompletableFuture<HttpResponse<String>> send(String method, String path, Trainee t, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", t.cookie).header("X-CSRF-Token", t.csrf).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A well-formed answer to any built-in question, different from the trainee's previous one where it can be. */
    static String saveBody(Trainee t, JsonNode question) {
        long n = ++t.seq;
        JsonNode options = question.path("options");
        JsonNode items = question.path("items");
        String response = switch (question.path("type").asText()) {
            case "single-choice", "true-false" -> "{\"choice\": \"" + options.get((int) (n % options.size())).path("id").asText() + "\"}";
            case "multiple-response" -> "{\"choices\": [\"" + options.get((int) (n % options.size())).path("id").asText() + "\"]}";
            case "numerical" -> "{\"number\": " + n + "}";
            case "matching" -> "{\"pairs\": {\"" + items.get(0).path("id").asText() + "\": \"" + options.get((int) (n % options.size())).path("id").asText() + "\"}}";
            case "ordering" -> {
                List<String> ids = new ArrayList<>();
                options.forEach(o -> ids.add("\"" + o.path("id").asText() + "\""));
                Collections.rotate(ids, (int) (n % ids.size()));
                yield "{\"order\": [" + String.join(", ", ids) + "]}";
            }
            default -> "{\"text\": \"jawaban nomor " + n + "\"}";
        };
        return "{\"saveId\": \"" + t.username + "-" + n + "\", \"seq\": " + (System.currentTimeMillis() * 1000 + n % 1000)
                + ", \"response\": " + response + "}";
    }
}
