package org.bimtek.api.course;

import java.util.Set;

/**
 * A learner's progress in one course: the lessons opened and completed, the lesson to
 * resume at (null before the first), and the completion percentage of the course's
 * current lessons.
 */
public record CourseProgress(String courseId, Set<String> opened, Set<String> completed, String resumeLessonId, int percent) {

    public CourseProgress {
        opened = Set.copyOf(opened);
        completed = Set.copyOf(completed);
    }
}
