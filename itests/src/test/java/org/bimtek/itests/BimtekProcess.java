package org.bimtek.itests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution run as a separate process, the way the README starts it:
 * for the tests that restart or kill the server, and for the browser tests.
 * Each instance unpacks its own copy; the database folder can be shared between
 * instances to play a restart.
 */
public final class BimtekProcess implements AutoCloseable {

    private final Path home;
    private final Path databaseDir;
    private final int port;
    private Process process;

    private BimtekProcess(Path home, Path databaseDir, int port) {
        this.home = home;
        this.databaseDir = databaseDir;
        this.port = port;
    }

    /** Unpacks the distribution into a fresh folder under target/processes. */
    public static BimtekProcess unpack(String name, Path databaseDir) throws IOException, InterruptedException {
        Path root = Path.of("target", "processes", name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(root);
        run(root, "tar", "xzf", System.getProperty("bimtek.dist"), "--strip-components=1");
        return new BimtekProcess(root, databaseDir, freePort());
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** Starts the server in demo mode and waits until /api/health answers 200. */
    public BimtekProcess start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("BIMTEK_DEMO", "1");
        env.put("EXTRA_JAVA_OPTS", "-Dbimtek.http.port=" + port + " -Dbimtek.db.dir=" + databaseDir);
        env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
        Http http = new Http(port);
        Poll.until("Bimtek at port " + port + " to answer /api/health", Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Bimtek exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            return http.get("/api/health").status() == 200;
        });
        // The course extender reads the seven courses (and the quiz engine their quizzes) in the background, just after the health check answers.
        Poll.until("the seven courses and their quizzes listed", Duration.ofSeconds(60),
                () -> http.login("peserta", "bimtek-peserta").status() == 200 && http.get("/api/courses").json().size() >= 7
                        && http.get("/api/quizzes").json().size() >= 7
                        && http.get("/api/units").status() != 404); // the registry's API is there (403 for a trainee)
        return this;
    }

    /** Stops the server the way Ctrl-C does (SIGTERM to the JVM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        // bin/karaf runs java as a child of a shell: signal the JVM itself.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process.descendants().forEach(p -> p.onExit().join());
        process = null;
    }

    /** Kills the server as a power cut would: SIGKILL to the JVM, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        java.util.List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        all.forEach(p -> p.onExit().join());
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + p.exitValue());
        }
    }

    /** A database folder under target/ that two processes can share. */
    public static Path newDatabaseDir(String name) throws IOException {
        Path dir = Path.of("target", "databases", name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        return dir;
    }

    static File distribution() {
        return new File(System.getProperty("bimtek.dist"));
    }
}
