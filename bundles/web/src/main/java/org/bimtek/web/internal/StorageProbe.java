package org.bimtek.web.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.bimtek.api.storage.Database;

/**
 * How many single-row inserts, each committed on its own, the database takes per second from this server:
 * the ceiling any durable write path (a quiz answer save) can approach, measured on the same disk, JVM and
 * connection pool. Uses a scratch table it drops afterwards; one probe at a time.
 */
final class StorageProbe {

    private static final String TABLE = "bimtek_storage_probe";
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();
    private static final String PAYLOAD = "{\"choice\": \"0123456789\", \"note\": \"" + "x".repeat(60) + "\"}";

    private StorageProbe() {
    }

    static Map<String, Object> run(Database database, int seconds, int threads) throws Exception {
        if (!ONE_AT_A_TIME.tryLock()) {
            throw new IllegalStateException("a storage probe is already running");
        }
        try {
            database.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    // Keys made here, not by an identity column: the probe measures inserts and commits, not Derby's sequence.
                    s.execute("CREATE TABLE " + TABLE + " (id BIGINT NOT NULL PRIMARY KEY, payload VARCHAR(300))");
                } catch (SQLException e) {
                    if (!"X0Y32".equals(e.getSQLState())) { // already there from an interrupted probe
                        throw e;
                    }
                }
                return null;
            });
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> counts = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                long firstKey = t * 1_000_000_000L;
                counts.add(pool.submit(() -> database.withConnection(c -> insertUntil(c, end, firstKey))));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            return Map.of("threads", threads, "seconds", Math.round(elapsed * 100) / 100.0, "inserts", total,
                    "insertsPerSecond", Math.round(total / elapsed));
        } finally {
            try {
                database.withConnection(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP TABLE " + TABLE);
                    }
                    return null;
                });
            } finally {
                ONE_AT_A_TIME.unlock();
            }
        }
    }

    /** Autocommit: every insert is its own transaction, synced to the log like an answer save. */
    private static long insertUntil(Connection c, long end, long firstKey) throws SQLException {
        long count = 0;
        c.setAutoCommit(true);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (id, payload) VALUES (?, ?)")) {
            while (System.nanoTime() < end) {
                insert.setLong(1, firstKey + count);
                insert.setString(2, PAYLOAD);
                insert.executeUpdate();
                count++;
            }
        }
        return count;
    }
}
