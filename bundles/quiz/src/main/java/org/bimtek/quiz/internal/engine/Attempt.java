package org.bimtek.quiz.internal.engine;

import java.util.List;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionDefinition;

/**
 * An attempt as stored: who, which quiz, its state and deadline, and the snapshot it was started with
 * (settings and questions, keys included), so that it is graded as it began whatever happens to its course.
 *
 * @param questions by slot, from slot 1 at index 0
 */
public record Attempt(String id, String quizId, String courseId, String courseVersion, long userId, int number, State state,
        long startedMs, long deadlineMs, Long finishedMs, String finishedBy, Double score, int pendingManual, AttemptSettings settings,
        List<Question> questions) {

    public Attempt {
        questions = List.copyOf(questions);
    }

    /** OPEN takes answers; GRADING is closed to answers and being graded; FINISHED has its score. */
    public enum State {
        OPEN, GRADING, FINISHED
    }

    /** A question of the attempt: the definition (with its key) and what the trainee was shown. */
    public record Question(QuestionDefinition definition, ClientQuestion presented) {
    }

    public boolean open() {
        return state == State.OPEN;
    }

    public boolean overdue(long nowMs) {
        return state == State.OPEN && nowMs > deadlineMs;
    }

    public boolean passed() {
        return state == State.FINISHED && pendingManual == 0 && score != null && score >= settings.passMark();
    }

    Attempt with(State newState, long newDeadlineMs, Long newFinishedMs, String newFinishedBy, Double newScore, int newPending) {
        return new Attempt(id, quizId, courseId, courseVersion, userId, number, newState, startedMs, newDeadlineMs, newFinishedMs,
                newFinishedBy, newScore, newPending, settings, questions);
    }
}
