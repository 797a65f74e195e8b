package org.bimtek.api.learning;

/**
 * Event Admin topics and properties for changes of a trainee's learning record. Posted asynchronously after
 * the commit; a listener must treat them as hints and read the record itself, since events are not durable.
 */
public final class LearningEvents {

    /** Topic prefix; a handler subscribes to {@code org/bimtek/learning/*}. */
    public static final String TOPIC_ALL = "org/bimtek/learning/*";
    /** A lesson was completed. */
    public static final String LESSON_COMPLETED = "org/bimtek/learning/LESSON_COMPLETED";
    /** A quiz attempt finished, or an instructor graded one. */
    public static final String QUIZ_RESULT = "org/bimtek/learning/QUIZ_RESULT";
    /** An instructor reviewed a practice task's submission (accepted or returned). */
    public static final String TASK_REVIEWED = "org/bimtek/learning/TASK_REVIEWED";
    /** A trainee was checked in at a bimtek event. */
    public static final String EVENT_ATTENDED = "org/bimtek/learning/EVENT_ATTENDED";
    /** Property: the trainee's user id, a {@code Long}. */
    public static final String USER_ID = "userId";
    /** Property: the course id, a {@code String}, where one applies. */
    public static final String COURSE_ID = "courseId";

    private LearningEvents() {
    }
}
