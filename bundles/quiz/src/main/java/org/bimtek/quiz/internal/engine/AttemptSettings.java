package org.bimtek.quiz.internal.engine;

import org.bimtek.api.course.Text;
import org.bimtek.quiz.internal.bank.QuizSpec;

/**
 * The quiz settings an attempt keeps from when it started: a later version of the course may change
 * the pass mark or the review policy, but not for attempts already under way.
 *
 * @param closesAtMs null when the quiz never closes
 */
public record AttemptSettings(String titleId, String titleEn, int passMark, QuizSpec.Review review, QuizSpec.Grading grading,
        int attemptsAllowed, Long closesAtMs, long timeLimitMs) {

    static AttemptSettings of(QuizSpec spec) {
        return new AttemptSettings(spec.title().id(), spec.title().en(), spec.passMark(), spec.review(), spec.grading(),
                spec.attemptsAllowed(), spec.closesAt() == null ? null : spec.closesAt().toEpochMilli(), spec.timeLimit().toMillis());
    }

    public Text title() {
        return new Text(titleId, titleEn);
    }
}
