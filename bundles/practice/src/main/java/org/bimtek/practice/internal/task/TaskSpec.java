package org.bimtek.practice.internal.task;

import org.bimtek.api.course.Text;

/** A practice task as its course declares it; {@code instructionsHtml} is its Markdown, rendered once. */
public record TaskSpec(String id, String courseId, String courseVersion, TaskKind kind, Text title, String instructionsHtml,
        TaskLimits limits, Rubric rubric) {
}
