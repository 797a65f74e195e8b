import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot-deploy latency (issue 3): copies a course jar into deploy/ and deletes it again,
 * N times, measuring from the file operation to the first answer of the course API that
 * shows the change (polled every 5 ms). Meanwhile a steady load reads another course's
 * lesson page and counts every failed request. Run by bench/hot-deploy.sh.
 *
 * Arguments: baseUrl deployDir courseJar courseId sessionCookie cycles loadPerSecond
 */
public class HotDeployBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path deploy = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        String courseId = args[3];
        String cookie = "BIMTEK_SESSION=" + args[4];
        int cycles = Integer.parseInt(args[5]);
        int perSecond = Integer.parseInt(args[6]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Thread load = new Thread(() -> {
            HttpRequest lesson = HttpRequest.newBuilder(URI.create(base + "/kursus/penulisan-berita-dasar/apa-itu-berita"))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).build();
            long interval = 1_000_000_000L / perSecond;
            long next = System.nanoTime();
            while (running.get()) {
                try {
                    sent.incrementAndGet();
                    if (client.send(lesson, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                next += interval;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    try {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "steady-load");
        load.start();

        HttpRequest course = HttpRequest.newBuilder(URI.create(base + "/api/courses/" + courseId))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).build();
        Path target = deploy.resolve(jar.getFileName());
        List<Double> deployMs = new ArrayList<>();
        List<Double> removeMs = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            Path staging = deploy.getParent().resolve(jar.getFileName() + ".staging");
            Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
            long start = System.nanoTime();
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deployMs.add(waitFor(client, course, 200, start));
            start = System.nanoTime();
            Files.delete(target);
            removeMs.add(waitFor(client, course, 404, start));
        }
        running.set(false);
        load.join();

        System.out.printf("hot deploy, %d cycles: deploy p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", cycles,
                percentile(deployMs, 50), percentile(deployMs, 95), percentile(deployMs, 100));
        System.out.printf("hot remove, %d cycles: remove p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", cycles,
                percentile(removeMs, 50), percentile(removeMs, 95), percentile(removeMs, 100));
        System.out.printf("steady load on another course's lesson page: %d requests, %d failed%n", sent.get(), failed.get());
    }

    private static double waitFor(HttpClient client, HttpRequest request, int status, long start) throws Exception {
        long deadline = start + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                return (System.nanoTime() - start) / 1e6;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no " + status + " after 30 s");
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
