package org.bimtek.practice.internal.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.practice.internal.task.TaskKind;

/** One version of a trainee's work on a task. Only a DRAFT changes; every other version stays as it was handed in. */
public record Submission(long id, String taskId, String courseId, long userId, Long unitId, int version, State state, TaskKind kind,
        String headline, String body, String uploadId, FileKind fileKind, Long fileBytes, String fileSha256, JsonNode checks,
        Instant createdAt, Instant updatedAt, Instant submittedAt) {

    /** Where a version stands. */
    public enum State {
        /** Saved, not handed in: the trainee still edits it. */
        DRAFT,
        /** Handed in, waiting for an instructor. */
        SUBMITTED,
        /** Reviewed and accepted: counts toward certification. */
        ACCEPTED,
        /** Reviewed and returned for revision: the next version is a new row. */
        RETURNED
    }
}
