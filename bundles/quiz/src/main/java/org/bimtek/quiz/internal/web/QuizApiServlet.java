package org.bimtek.quiz.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.Servlet;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.quiz.internal.engine.AttemptEngine;
import org.bimtek.quiz.internal.engine.QuizCatalog;
import org.bimtek.quiz.internal.engine.QuizStatistics;
import org.bimtek.quiz.internal.engine.SaveOutcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/quizzes/*} and {@code /api/attempts/*}: quizzes, attempts, answers, and instructors' grading and statistics. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-quiz-api")
@HttpWhiteboardServletPattern({"/api/quizzes", "/api/quizzes/*", "/api/attempts/*"})
public final class QuizApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient QuizCatalog catalog;
    private final transient AttemptEngine engine;
    private final transient UserService users;

    /** The body of a save. */
    record SaveBody(String saveId, Long seq, JsonNode response) {
    }

    /** The body of an instructor's grade. */
    record GradeBody(Double fraction, String comment) {
    }

    @Activate
    public QuizApiServlet(@Reference SessionService sessions, @Reference QuizCatalog catalog, @Reference AttemptEngine engine,
            @Reference UserService users) {
        super(sessions);
        this.catalog = catalog;
        this.engine = engine;
        this.users = users;
        get("/api/quizzes", call -> catalog.quizzes().stream().map(q -> QuizViews.quiz(q, call.language())).toList());
        get("/api/quizzes/{quizId}", call -> QuizViews.overview(engine.overview(call.path("quizId"), call.user().id()), call.language()));
        post("/api/quizzes/{quizId}/attempts", this::start);
        get("/api/quizzes/{quizId}/grading", this::grading).roles(Role.INSTRUCTOR, Role.ADMIN);
        get("/api/quizzes/{quizId}/statistics", this::statistics).roles(Role.INSTRUCTOR, Role.ADMIN);
        get("/api/attempts/{attemptId}", call -> attempt(call, engine.view(call.path("attemptId"), call.user().id())));
        put("/api/attempts/{attemptId}/answers/{slot}", this::save);
        post("/api/attempts/{attemptId}/submit", call -> attempt(call, engine.submit(call.path("attemptId"), call.user().id())));
        post("/api/attempts/{attemptId}/answers/{slot}/grade", this::grade).roles(Role.INSTRUCTOR, Role.ADMIN);
    }

    private Object start(Call call) {
        AttemptEngine.Started started = engine.startOrResume(call.path("quizId"), call.user().id());
        call.status(started.resumed() ? 200 : 201);
        return attempt(call, started.resumed() ? engine.view(started.attempt().id(), call.user().id()) : engine.fresh(started.attempt()));
    }

    private Object attempt(Call call, org.bimtek.quiz.internal.engine.AttemptView view) {
        return QuizViews.attempt(view, engine, System.currentTimeMillis(), call.language());
    }

    private Object save(Call call) {
        SaveBody body = call.body(SaveBody.class);
        SaveOutcome outcome = engine.save(call.path("attemptId"), call.user().id(), slot(call), body.saveId(), body.seq(), body.response());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slot", outcome.slot());
        json.put("saveId", outcome.saveId());
        json.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        json.put("applied", outcome.status() != SaveOutcome.Status.SUPERSEDED);
        json.put("savedAt", java.time.Instant.ofEpochMilli(outcome.savedMs()));
        return json;
    }

    private Object grading(Call call) {
        quiz(call.path("quizId"));
        List<Map<String, Object>> queue = new ArrayList<>();
        for (AttemptEngine.Pending pending : engine.pendingGrading(call.path("quizId"))) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("attemptId", pending.answer().attemptId());
            json.put("slot", pending.answer().slot());
            json.put("questionId", pending.answer().questionId());
            json.put("question", pending.question().presented().text());
            json.put("response", pending.answer().response());
            json.put("finishedAt", java.time.Instant.ofEpochMilli(pending.answer().finishedMs()));
            json.put("trainee", users.find(pending.answer().userId()).map(User::displayName).orElse("#" + pending.answer().userId()));
            queue.add(json);
        }
        return queue;
    }

    private Object grade(Call call) {
        GradeBody body = call.body(GradeBody.class);
        if (body.fraction() == null) {
            throw ApiException.badRequest("invalid_fraction", "fraction (0 sampai 1) wajib diisi.");
        }
        String comment = body.comment() == null ? null : body.comment().strip();
        if (comment != null && comment.length() > 4000) {
            throw ApiException.badRequest("comment_too_long", "Komentar paling banyak 4000 karakter.");
        }
        engine.gradeByInstructor(call.path("attemptId"), slot(call), body.fraction(), call.user().username(), comment);
        return Map.of("attemptId", call.path("attemptId"), "slot", slot(call), "fraction", body.fraction());
    }

    private Object statistics(Call call) {
        CompiledQuiz quiz = quiz(call.path("quizId"));
        QuizStatistics stats = engine.statistics(quiz.id());
        Map<String, String> texts = new LinkedHashMap<>();
        quiz.categories().values().forEach(list -> list.forEach(q -> texts.put(q.id(), q.text())));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (QuizStatistics.PerQuestion q : stats.questions()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("questionId", q.questionId());
            json.put("text", texts.get(q.questionId()));
            json.put("answered", q.answered());
            json.put("fullyRight", q.fullyRight());
            json.put("shareRight", Math.round(q.shareRight() * 1000) / 1000.0);
            json.put("meanFraction", Math.round(q.meanFraction() * 1000) / 1000.0);
            questions.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("quizId", quiz.id());
        json.put("attempts", stats.attempts());
        json.put("meanScore", QuizViews.round(stats.meanScore()));
        json.put("passed", stats.passed());
        json.put("questions", questions);
        return json;
    }

    private CompiledQuiz quiz(String quizId) {
        return catalog.quiz(quizId).orElseThrow(() -> ApiException.notFound("Kuis '" + quizId + "' tidak ditemukan."));
    }

    private static int slot(Call call) {
        try {
            return Integer.parseInt(call.path("slot"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Nomor soal '" + call.path("slot") + "' tidak ada.");
        }
    }
}
