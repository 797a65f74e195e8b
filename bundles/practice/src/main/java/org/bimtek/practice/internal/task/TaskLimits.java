package org.bimtek.practice.internal.task;

import java.util.Set;
import org.bimtek.practice.internal.check.FileKind;

/**
 * A task's limits; 0 means none. Articles use words and headline length; files use size, formats, resolution and
 * (videos) duration.
 */
public record TaskLimits(int minWords, int maxWords, int maxHeadlineChars, int maxMegabytes, Set<FileKind> formats, int minWidth,
        int minHeight, int minSeconds, int maxSeconds) {

    public TaskLimits {
        formats = Set.copyOf(formats);
    }

    public long maxBytes(long fallback) {
        return maxMegabytes > 0 ? maxMegabytes * 1024L * 1024L : fallback;
    }
}
