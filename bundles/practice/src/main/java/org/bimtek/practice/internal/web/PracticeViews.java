package org.bimtek.practice.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bimtek.practice.internal.submit.Review;
import org.bimtek.practice.internal.submit.Submission;
import org.bimtek.practice.internal.task.Rubric;
import org.bimtek.practice.internal.task.TaskSpec;

/** The JSON shapes of practice work, shared by the API and the pages' scripts. */
final class PracticeViews {

    private PracticeViews() {
    }

    static Map<String, Object> taskSummary(TaskSpec task, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", task.id());
        view.put("kind", task.kind().name());
        view.put("title", task.title().in(locale));
        view.put("courseId", task.courseId());
        view.put("page", "/praktik/" + task.id());
        return view;
    }

    static Map<String, Object> task(TaskSpec task, Locale locale, long maxBytes) {
        Map<String, Object> view = taskSummary(task, locale);
        view.put("instructionsHtml", task.instructionsHtml());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("minWords", task.limits().minWords());
        limits.put("maxWords", task.limits().maxWords());
        limits.put("maxHeadlineChars", task.limits().maxHeadlineChars());
        limits.put("maxBytes", task.kind().isFile() ? task.limits().maxBytes(maxBytes) : 0);
        limits.put("formats", task.limits().formats().stream().map(Enum::name).sorted().toList());
        limits.put("minWidth", task.limits().minWidth());
        limits.put("minHeight", task.limits().minHeight());
        limits.put("minSeconds", task.limits().minSeconds());
        limits.put("maxSeconds", task.limits().maxSeconds());
        view.put("limits", limits);
        view.put("rubric", rubric(task.rubric(), locale));
        return view;
    }

    static Map<String, Object> rubric(Rubric rubric, Locale locale) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            List<Map<String, Object>> levels = new ArrayList<>();
            for (Rubric.Level l : c.levels()) {
                levels.add(Map.of("points", l.points(), "description", l.description().in(locale)));
            }
            criteria.add(Map.of("id", c.id(), "title", c.title().in(locale), "levels", levels, "maxPoints", c.maxPoints()));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("passPoints", rubric.passPoints());
        view.put("maxPoints", rubric.maxPoints());
        view.put("criteria", criteria);
        return view;
    }

    static Map<String, Object> submission(Submission s, List<Review> reviews) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("taskId", s.taskId());
        view.put("courseId", s.courseId());
        view.put("userId", s.userId());
        view.put("version", s.version());
        view.put("state", s.state().name());
        view.put("kind", s.kind().name());
        view.put("headline", s.headline());
        view.put("body", s.body());
        view.put("uploadId", s.uploadId());
        view.put("fileKind", s.fileKind() == null ? null : s.fileKind().name());
        view.put("fileBytes", s.fileBytes());
        view.put("fileSha256", s.fileSha256());
        view.put("file", s.uploadId() == null ? null : "/api/submissions/" + s.id() + "/file");
        view.put("checks", s.checks());
        view.put("createdAt", s.createdAt());
        view.put("updatedAt", s.updatedAt());
        view.put("submittedAt", s.submittedAt());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Review r : reviews) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("reviewer", r.reviewer());
            review.put("scores", r.scores());
            review.put("points", r.points());
            review.put("maxPoints", r.maxPoints());
            review.put("decision", r.decision().name());
            review.put("comment", r.comment());
            review.put("createdAt", r.createdAt());
            list.add(review);
        }
        view.put("reviews", list);
        return view;
    }
}
