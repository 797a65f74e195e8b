package org.bimtek.api.practice;

import java.time.Instant;

/** A practice task accepted by an instructor, with its best accepted rubric score in percent of the maximum. */
public record TaskScore(String taskId, String courseId, double percent, Instant acceptedAt) {
}
