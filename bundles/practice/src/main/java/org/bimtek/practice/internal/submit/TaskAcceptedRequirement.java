package org.bimtek.practice.internal.submit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.practice.internal.task.TaskSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code task-accepted task=<id> minScore=<percent>}: the ladder's "practice task accepted", with an optional minimum
 * rubric score as a percentage of the rubric's maximum. Registered by this bundle, so the ladder can require it
 * without any change to certification.
 */
@Component(property = RequirementType.TYPE_PROPERTY + "=" + TaskAcceptedRequirement.NAME)
public final class TaskAcceptedRequirement implements RequirementType {

    static final String NAME = "task-accepted";
    private final Submissions submissions;

    @Activate
    public TaskAcceptedRequirement(@Reference Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> check(Map<String, String> parameters) {
        if (!parameters.containsKey("task")) {
            return Optional.of("parameter task=<id tugas> wajib");
        }
        try {
            double min = Double.parseDouble(parameters.getOrDefault("minScore", "0"));
            return min < 0 || min > 100 ? Optional.of("minScore harus 0-100 (persen dari nilai rubrik tertinggi)") : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("minScore harus berupa angka");
        }
    }

    @Override
    public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
        String taskId = parameters.get("task");
        double min = Double.parseDouble(parameters.getOrDefault("minScore", "0"));
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String title = title(taskId, locale);
        String label = (en ? "Practice task accepted: " : "Tugas praktik diterima: ") + title
                + (min > 0 ? (en ? " (score at least " : " (nilai minimal ") + Math.round(min) + "%)" : "");
        String link = "/praktik/" + taskId;
        Optional<Submissions.Accepted> accepted = submissions.accepted(userId, taskId);
        if (accepted.isEmpty()) {
            boolean waiting = submissions.versions(userId, taskId).stream().anyMatch(s -> s.state() == Submission.State.SUBMITTED);
            return Evaluation.missing(label, waiting ? (en ? "Waiting for the instructor's review" : "Menunggu penilaian instruktur")
                    : (en ? "Not accepted yet" : "Belum diterima"), link);
        }
        double percent = accepted.get().review().percent();
        if (percent + 1e-9 < min) {
            return Evaluation.missing(label, (en ? "Accepted with " : "Diterima dengan nilai ") + Math.round(percent) + "%", link);
        }
        return Evaluation.met(label, link, new Evidence("task", taskId, (en ? "practice task " : "tugas praktik ") + title, percent,
                accepted.get().review().createdAt()));
    }

    private String title(String taskId, Locale locale) {
        try {
            TaskSpec task = submissions.task(taskId);
            return task.title().in(locale);
        } catch (RuntimeException e) {
            return taskId;
        }
    }
}
