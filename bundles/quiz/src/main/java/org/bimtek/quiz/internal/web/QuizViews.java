package org.bimtek.quiz.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.quiz.internal.bank.QuizSpec;
import org.bimtek.quiz.internal.engine.Answer;
import org.bimtek.quiz.internal.engine.Attempt;
import org.bimtek.quiz.internal.engine.AttemptEngine;
import org.bimtek.quiz.internal.engine.AttemptView;
import org.bimtek.quiz.internal.engine.QuizOverview;

/**
 * The JSON shapes of quizzes and attempts, shared by the REST API and the quiz page's script. Nothing here
 * carries an answer key or feedback unless the attempt's review settings allow it.
 */
final class QuizViews {

    private QuizViews() {
    }

    static Map<String, Object> quiz(CompiledQuiz quiz, Locale locale) {
        QuizSpec spec = quiz.spec();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", quiz.id());
        json.put("courseId", quiz.courseId());
        json.put("courseVersion", quiz.courseVersion());
        json.put("title", spec.title().in(locale));
        json.put("questionCount", spec.draw().isEmpty() ? quiz.categories().values().stream().mapToInt(List::size).sum()
                : spec.draw().stream().mapToInt(QuizSpec.Draw::count).sum());
        json.put("timeLimitSeconds", spec.timeLimit().toSeconds());
        json.put("attemptsAllowed", spec.attemptsAllowed());
        json.put("passMark", spec.passMark());
        json.put("grading", spec.grading());
        json.put("review", spec.review());
        json.put("shuffleQuestions", spec.shuffleQuestions());
        json.put("shuffleOptions", spec.shuffleOptions());
        json.put("opensAt", spec.opensAt());
        json.put("closesAt", spec.closesAt());
        return json;
    }

    static Map<String, Object> overview(QuizOverview overview, Locale locale) {
        Map<String, Object> json = quiz(overview.quiz(), locale);
        List<Map<String, Object>> attempts = new ArrayList<>();
        overview.attempts().forEach(a -> attempts.add(attemptSummary(a)));
        json.put("attempts", attempts);
        json.put("result", overview.result().map(QuizViews::result).orElse(null));
        json.put("canStart", overview.cannotStart() == null);
        json.put("cannotStart", overview.cannotStart());
        return json;
    }

    static Map<String, Object> result(QuizResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", round(result.score()));
        json.put("passed", result.passed());
        json.put("pendingGrading", result.pendingGrading());
        json.put("attempts", result.attempts());
        json.put("finishedAt", result.finishedAt());
        return json;
    }

    static Map<String, Object> attemptSummary(Attempt attempt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attempt.id());
        json.put("number", attempt.number());
        json.put("state", attempt.state());
        json.put("startedAt", Instant.ofEpochMilli(attempt.startedMs()));
        json.put("deadline", Instant.ofEpochMilli(attempt.deadlineMs()));
        json.put("finishedAt", attempt.finishedMs() == null ? null : Instant.ofEpochMilli(attempt.finishedMs()));
        json.put("score", attempt.score() == null ? null : round(attempt.score()));
        json.put("passed", attempt.state() == Attempt.State.FINISHED ? attempt.passed() : null);
        json.put("pendingGrading", attempt.pendingManual() > 0);
        return json;
    }

    /** An attempt with its questions (as shown), saved answers, result when finished, and review when allowed. */
    static Map<String, Object> attempt(AttemptView view, AttemptEngine engine, long nowMs, Locale locale) {
        Attempt attempt = view.attempt();
        Map<String, Object> json = attemptSummary(attempt);
        json.put("quizId", attempt.quizId());
        json.put("courseId", attempt.courseId());
        json.put("courseVersion", attempt.courseVersion());
        json.put("title", attempt.settings().title().in(locale));
        json.put("serverTime", Instant.ofEpochMilli(nowMs));
        json.put("remainingMs", attempt.open() ? Math.max(0, attempt.deadlineMs() - nowMs) : 0);
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Attempt.Question q : attempt.questions()) {
            ClientQuestion shown = q.presented();
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("slot", shown.slot());
            question.put("type", shown.type());
            question.put("text", shown.text());
            question.put("format", shown.format());
            question.put("html", QuizText.html(shown.text(), shown.format()));
            if (!shown.options().isEmpty()) {
                question.put("options", shown.options());
            }
            if (!shown.items().isEmpty()) {
                question.put("items", shown.items());
            }
            questions.add(question);
        }
        json.put("questions", questions);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Answer answer : view.answers()) {
            if (answer.answered()) {
                Map<String, Object> saved = new LinkedHashMap<>();
                saved.put("saveId", answer.saveId());
                saved.put("seq", answer.saveSeq());
                saved.put("response", answer.response());
                saved.put("savedAt", Instant.ofEpochMilli(answer.savedMs()));
                answers.put(String.valueOf(answer.slot()), saved);
            }
        }
        json.put("answers", answers);
        if (attempt.state() == Attempt.State.FINISHED) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("score", round(attempt.score()));
            result.put("passMark", attempt.settings().passMark());
            result.put("passed", attempt.passed());
            result.put("pendingGrading", attempt.pendingManual() > 0);
            result.put("finishedBy", attempt.finishedBy());
            result.put("answered", view.answers().stream().filter(Answer::answered).count());
            json.put("result", result);
        }
        json.put("reviewAllowed", view.reviewAllowed());
        if (view.reviewAllowed()) {
            json.put("review", review(view, engine, locale));
        }
        return json;
    }

    private static List<Map<String, Object>> review(AttemptView view, AttemptEngine engine, Locale locale) {
        List<Map<String, Object>> review = new ArrayList<>();
        for (Answer answer : view.answers()) {
            Attempt.Question q = view.attempt().questions().get(answer.slot() - 1);
            Grade grade = engine.grade(q.definition(), answer);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("slot", answer.slot());
            json.put("fraction", answer.fraction());
            json.put("yourAnswer", ReviewText.response(q.presented(), answer.response()));
            json.put("correctAnswer", ReviewText.correctAnswer(q.definition(), "en".equals(locale.getLanguage())));
            json.put("feedback", grade.feedback());
            json.put("generalFeedback", q.definition().generalFeedback());
            json.put("comment", answer.comment());
            review.add(json);
        }
        return review;
    }

    static Double round(Double score) {
        return score == null ? null : Math.round(score * 10) / 10.0;
    }
}
