package org.bimtek.quiz.internal.engine;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for answer saves. When a room saves at once, each save committed on its own waits for its own
 * log sync, and the syncs, not the CPU, set the pace. Here the saves waiting at a moment are written by one
 * writer in one transaction and made durable by one commit; each caller is answered only after that commit,
 * so an acknowledged save is as durable as before. With one save waiting, it is simply written and committed.
 *
 * <p>A batch is applied in (attempt, slot, seq) order, so that two writers lock rows in the same order and
 * cannot deadlock, and two saves of one slot in a batch end with the newer one. When a batch fails, its saves
 * are written one by one, so that one bad save does not fail the others.
 */
final class SaveWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SaveWriter.class);
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 30;

    /** One save waiting to be written; {@code done} completes with whether it changed the slot. */
    record Save(String attemptId, int slot, long seq, String saveId, String response, long nowMs, CompletableFuture<Boolean> done) {
    }

    private final Database database;
    private final String sql;
    private final BlockingQueue<Save> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    SaveWriter(Database database, String sql, int writerThreads) {
        this.database = database;
        this.sql = sql;
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::run, "bimtek-quiz-save-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Writes the save and returns once it is committed: true when it changed the slot. */
    boolean save(String attemptId, int slot, long seq, String saveId, String response, long nowMs) {
        if (!open) {
            throw new StorageException("the quiz engine is stopping; try again in a moment", null);
        }
        Save save = new Save(attemptId, slot, seq, saveId, response, nowMs, new CompletableFuture<>());
        queue.add(save);
        try {
            return save.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new StorageException(e.getCause().toString(), e.getCause());
        } catch (TimeoutException e) {
            throw new StorageException("the answer was not stored within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while storing the answer", e);
        }
    }

    /** Stops taking saves and writes those already waiting. */
    void close() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    private void run() {
        List<Save> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Save first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                batch.sort(Comparator.comparing(Save::attemptId).thenComparingInt(Save::slot).thenComparingLong(Save::seq));
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // write() answers every save itself; this only keeps the writer alive after the unforeseen.
                LOG.error("Answer save writer failed; continuing", e);
                batch.forEach(s -> s.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Save> batch) {
        int[] counts;
        try {
            counts = database.inTransaction(c -> {
                try (PreparedStatement update = c.prepareStatement(sql)) {
                    for (Save s : batch) {
                        AttemptStore.bindSave(update, s.attemptId(), s.slot(), s.seq(), s.saveId(), s.response(), s.nowMs());
                        update.addBatch();
                    }
                    return update.executeBatch();
                }
            });
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
            } else {
                LOG.warn("A batch of {} answer saves failed ({}); writing them one by one", batch.size(), e.toString());
                batch.forEach(s -> write(List.of(s)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(counts[i] == 1);
        }
    }
}
