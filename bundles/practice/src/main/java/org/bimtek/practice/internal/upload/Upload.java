package org.bimtek.practice.internal.upload;

import java.time.Instant;
import org.bimtek.practice.internal.check.FileKind;

/** A resumable upload: {@code offset} bytes of {@code length} are on disk and synced; {@code kind} once known. */
public record Upload(String id, long userId, String taskId, String fileName, long length, long offset, FileKind kind, String sha256,
        Instant createdAt, Instant completedAt) {

    public boolean complete() {
        return completedAt != null;
    }
}
