package org.bimtek.practice.internal.submit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.practice.PracticeResults;
import org.bimtek.api.practice.TaskScore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A trainee's accepted practice tasks, each with its best accepted score, for the awards' criteria. */
@Component(service = PracticeResults.class)
public final class PracticeResultsService implements PracticeResults {

    private final Submissions submissions;

    @Activate
    public PracticeResultsService(@Reference Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public List<TaskScore> accepted(long userId) {
        Map<String, TaskScore> best = new LinkedHashMap<>();
        for (Submission s : submissions.ofUser(userId)) {
            if (s.state() != Submission.State.ACCEPTED) {
                continue;
            }
            for (Review r : submissions.reviews(s.id())) {
                if (r.decision() == Submission.State.ACCEPTED) {
                    TaskScore score = new TaskScore(s.taskId(), s.courseId(), r.percent(), r.createdAt());
                    best.merge(s.taskId(), score, (a, b) -> a.percent() >= b.percent() ? a : b);
                }
            }
        }
        return new ArrayList<>(best.values());
    }
}
