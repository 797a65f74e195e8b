package org.bimtek.quiz.internal.web;

import static org.bimtek.api.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.bimtek.quiz.internal.bank.CompiledQuiz;
import org.bimtek.quiz.internal.engine.Answer;
import org.bimtek.quiz.internal.engine.Attempt;
import org.bimtek.quiz.internal.engine.AttemptEngine;
import org.bimtek.quiz.internal.engine.AttemptView;
import org.bimtek.quiz.internal.engine.QuizCatalog;
import org.bimtek.quiz.internal.engine.QuizOverview;
import org.bimtek.quiz.internal.engine.QuizStatistics;
import org.bimtek.quiz.internal.engine.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The quiz pages: the list ({@code /kuis}), a quiz ({@code /kuis/<id>}, start with {@code POST /kuis/<id>/mulai}),
 * an attempt ({@code /kuis/percobaan/<attempt>}: the questions while open, the result and review after), and for
 * instructors the grading queue ({@code /kuis/<id>/penilaian}) and statistics ({@code /kuis/<id>/statistik}).
 * The attempt page is server-rendered; its script ({@code /kuis-aset/kuis.js}) saves each answer as it is given.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-quiz-pages")
@HttpWhiteboardServletPattern({"/kuis", "/kuis/*"})
public final class QuizPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Messages.Family TEXTS = Messages.family("i18n.quiz", QuizPagesServlet.class.getClassLoader());

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient QuizCatalog catalog;
    private final transient AttemptEngine engine;
    private final transient UserService users;

    @Activate
    public QuizPagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference QuizCatalog catalog,
            @Reference AttemptEngine engine, @Reference UserService users) {
        this.layout = layout;
        this.sessions = sessions;
        this.catalog = catalog;
        this.engine = engine;
        this.users = users;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = SessionCookie.session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return;
        }
        Page page = new Page(request, response, session.get(), TEXTS.in(layout.locale(request)));
        String[] parts = request.getPathInfo() == null || request.getPathInfo().length() <= 1 ? new String[0]
                : request.getPathInfo().substring(1).split("/");
        boolean post = "POST".equals(request.getMethod());
        try {
            if (post && !Csrf.tokenMatches(request, session.get())) {
                page.error(403, page.text.get("csrf"));
            } else if (!post && parts.length == 0) {
                list(page);
            } else if (!post && parts.length == 2 && parts[0].equals("percobaan")) {
                attempt(page, parts[1]);
            } else if (!post && parts.length == 1) {
                overview(page, parts[0]);
            } else if (post && parts.length == 2 && parts[1].equals("mulai")) {
                response.sendRedirect("/kuis/percobaan/" + engine.start(parts[0], page.user().id()).id());
            } else if (parts.length == 2 && parts[1].equals("penilaian") && page.instructor()) {
                if (post) {
                    grade(page, parts[0]);
                } else {
                    grading(page, parts[0]);
                }
            } else if (!post && parts.length == 2 && parts[1].equals("statistik") && page.instructor()) {
                statistics(page, parts[0]);
            } else {
                page.error(404, page.text.get("notfound"));
            }
        } catch (ApiException e) {
            page.error(e.status(), e.getMessage());
        }
    }

    /** One request's page: its language, texts and user. */
    private final class Page {
        final HttpServletRequest request;
        final HttpServletResponse response;
        final Session session;
        final Messages text;
        final Locale locale;

        Page(HttpServletRequest request, HttpServletResponse response, Session session, Messages text) {
            this.request = request;
            this.response = response;
            this.session = session;
            this.text = text;
            this.locale = layout.locale(request);
        }

        User user() {
            return session.user();
        }

        boolean instructor() {
            return user().hasRole(Role.INSTRUCTOR) || user().hasRole(Role.ADMIN);
        }

        String csrfField() {
            return "<input type=\"hidden\" name=\"" + SessionService.CSRF_FIELD + "\" value=\"" + escape(session.csrfToken()) + "\">";
        }

        void render(String title, CharSequence body) throws IOException {
            layout.render(request, response, 200, title, "<link rel=\"stylesheet\" href=\"/kuis-aset/kuis.css\">\n" + body);
        }

        void error(int status, String message) throws IOException {
            layout.render(request, response, status, text.get("title"), "<h1>" + escape(text.get("title")) + "</h1><p class=\"error\" role=\"alert\">"
                    + escape(message) + "</p><p><a href=\"/kuis\">" + escape(text.get("list.back")) + "</a></p>");
        }
    }

    private void list(Page page) throws IOException {
        StringBuilder body = new StringBuilder("<h1>").append(escape(page.text.get("title"))).append("</h1>\n");
        List<CompiledQuiz> quizzes = catalog.quizzes();
        if (quizzes.isEmpty()) {
            body.append("<p>").append(escape(page.text.get("list.empty"))).append("</p>");
        }
        body.append("<ul class=\"lessons\" id=\"quizzes\">");
        for (CompiledQuiz quiz : quizzes) {
            body.append("<li><a href=\"/kuis/").append(escape(quiz.id())).append("\">").append(escape(quiz.spec().title().in(page.locale)))
                    .append("</a>");
            if (page.instructor()) {
                body.append(" · <a href=\"/kuis/").append(escape(quiz.id())).append("/penilaian\">").append(escape(page.text.get("grading.title")))
                        .append("</a> · <a href=\"/kuis/").append(escape(quiz.id())).append("/statistik\">")
                        .append(escape(page.text.get("stats.title"))).append("</a>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        page.render(page.text.get("title"), body);
    }

    private void overview(Page page, String quizId) throws IOException {
        QuizOverview overview = engine.overview(quizId, page.user().id());
        Map<String, Object> quiz = QuizViews.quiz(overview.quiz(), page.locale);
        Messages text = page.text;
        StringBuilder body = new StringBuilder("<p class=\"muted\"><a href=\"/kursus/").append(escape(overview.quiz().courseId())).append("\">")
                .append(escape(text.get("back.course"))).append("</a></p><h1>").append(escape(String.valueOf(quiz.get("title")))).append("</h1>\n<ul class=\"facts\">")
                .append("<li>").append(escape(text.get("fact.questions", quiz.get("questionCount")))).append("</li>")
                .append("<li>").append(escape(text.get("fact.time", minutes(overview.quiz().spec().timeLimit().toSeconds())))).append("</li>")
                .append("<li>").append(escape(text.get("fact.passmark", quiz.get("passMark")))).append("</li>")
                .append("<li>").append(escape(overview.quiz().spec().attemptsAllowed() == 0 ? text.get("fact.attempts.unlimited")
                        : text.get("fact.attempts", overview.quiz().spec().attemptsAllowed()))).append("</li>")
                .append("<li>").append(escape(text.get("fact.grading." + overview.quiz().spec().grading()))).append("</li>");
        if (overview.quiz().spec().closesAt() != null) {
            body.append("<li>").append(escape(text.get("fact.closes", Times.wita(overview.quiz().spec().closesAt())))).append("</li>");
        }
        body.append("</ul>\n");
        overview.result().ifPresent(r -> body.append("<p class=\"notice\" id=\"quiz-result\">").append(escape(text.get(
                r.pendingGrading() ? "result.pending" : r.passed() ? "result.passed" : "result.failed", QuizViews.round(r.score()))))
                .append("</p>\n"));
        if (!overview.attempts().isEmpty()) {
            body.append("<div class=\"table\"><table id=\"attempts\"><thead><tr><th>#</th><th>").append(escape(text.get("col.state")))
                    .append("</th><th>").append(escape(text.get("col.score"))).append("</th><th></th></tr></thead><tbody>");
            for (Attempt a : overview.attempts()) {
                body.append("<tr><td>").append(a.number()).append("</td><td>").append(escape(text.get("state." + a.state())))
                        .append("</td><td>").append(a.score() == null ? "–" : escape(String.valueOf(QuizViews.round(a.score()))))
                        .append("</td><td><a href=\"/kuis/percobaan/").append(escape(a.id())).append("\">")
                        .append(escape(text.get(a.open() ? "attempt.continue" : "attempt.see"))).append("</a></td></tr>");
            }
            body.append("</tbody></table></div>\n");
        }
        if (overview.openAttempt().isPresent()) {
            body.append("<p><a class=\"button\" id=\"quiz-start\" href=\"/kuis/percobaan/").append(escape(overview.openAttempt().get().id()))
                    .append("\">").append(escape(text.get("attempt.continue"))).append("</a></p>");
        } else if (overview.cannotStart() != null) {
            body.append("<p class=\"muted\" id=\"quiz-closed\">").append(escape(overview.cannotStart())).append("</p>");
        } else {
            body.append("<form method=\"post\" action=\"/kuis/").append(escape(quizId)).append("/mulai\">").append(page.csrfField())
                    .append("<button type=\"submit\" id=\"quiz-start\">").append(escape(text.get("attempt.start"))).append("</button></form>");
        }
        page.render(String.valueOf(quiz.get("title")), body);
    }

    private void attempt(Page page, String attemptId) throws IOException {
        AttemptView view = engine.view(attemptId, page.user().id());
        Attempt attempt = view.attempt();
        Messages text = page.text;
        StringBuilder body = new StringBuilder("<p class=\"muted\"><a href=\"/kuis/").append(escape(attempt.quizId())).append("\">")
                .append(escape(text.get("back.quiz"))).append("</a></p><h1>").append(escape(attempt.settings().title().in(page.locale)))
                .append("</h1>\n");
        if (attempt.open()) {
            new AttemptForm(text, body).write(view, page.session.csrfToken(), System.currentTimeMillis());
        } else {
            new ResultPage(text, body, engine, page.locale).write(view);
        }
        page.render(attempt.settings().title().in(page.locale), body);
    }

    private void grading(Page page, String quizId) throws IOException {
        Messages text = page.text;
        StringBuilder body = new StringBuilder("<h1>").append(escape(text.get("grading.title"))).append("</h1>\n");
        List<AttemptEngine.Pending> queue = engine.pendingGrading(quizId);
        if (queue.isEmpty()) {
            body.append("<p id=\"grading-empty\">").append(escape(text.get("grading.empty"))).append("</p>");
        }
        for (AttemptEngine.Pending pending : queue) {
            JsonNode response = pending.answer().response();
            String trainee = users.find(pending.answer().userId()).map(User::displayName).orElse("#" + pending.answer().userId());
            body.append("<section class=\"question\"><h2>").append(escape(trainee)).append("</h2><div class=\"qtext\">")
                    .append(QuizText.html(pending.question().presented().text(), pending.question().presented().format()))
                    .append("</div><blockquote>").append(escape(response == null ? "" : response.path("text").asText(response.toString())))
                    .append("</blockquote><form method=\"post\" action=\"/kuis/").append(escape(quizId)).append("/penilaian\">")
                    .append(page.csrfField()).append("<input type=\"hidden\" name=\"attempt\" value=\"").append(escape(pending.answer().attemptId()))
                    .append("\"><input type=\"hidden\" name=\"slot\" value=\"").append(pending.answer().slot()).append("\">")
                    .append("<label>").append(escape(text.get("grading.score"))).append(" <input name=\"score\" type=\"number\" min=\"0\" max=\"100\" required></label>")
                    .append("<label>").append(escape(text.get("grading.comment"))).append(" <textarea name=\"comment\" maxlength=\"4000\"></textarea></label>")
                    .append("<button type=\"submit\">").append(escape(text.get("grading.submit"))).append("</button></form></section>\n");
        }
        page.render(text.get("grading.title"), body);
    }

    private void grade(Page page, String quizId) throws IOException {
        double score;
        int slot;
        try {
            score = Double.parseDouble(page.request.getParameter("score"));
            slot = Integer.parseInt(page.request.getParameter("slot"));
        } catch (NumberFormatException | NullPointerException e) {
            page.error(400, page.text.get("grading.invalid"));
            return;
        }
        engine.gradeByInstructor(page.request.getParameter("attempt"), slot, score / 100.0, page.user().username(),
                page.request.getParameter("comment"));
        page.response.sendRedirect("/kuis/" + URLEncoder.encode(quizId, StandardCharsets.UTF_8) + "/penilaian");
    }

    private void statistics(Page page, String quizId) throws IOException {
        CompiledQuiz quiz = catalog.quiz(quizId).orElseThrow(() -> ApiException.notFound(page.text.get("notfound")));
        QuizStatistics stats = engine.statistics(quizId);
        Messages text = page.text;
        StringBuilder body = new StringBuilder("<h1>").append(escape(text.get("stats.title"))).append(": ")
                .append(escape(quiz.spec().title().in(page.locale))).append("</h1>\n<p id=\"stats-summary\">")
                .append(escape(text.get("stats.summary", stats.attempts(), QuizViews.round(stats.meanScore()), stats.passed()))).append("</p>\n")
                .append("<div class=\"table\"><table id=\"stats\"><thead><tr><th>").append(escape(text.get("stats.question"))).append("</th><th>")
                .append(escape(text.get("stats.answered"))).append("</th><th>").append(escape(text.get("stats.right"))).append("</th></tr></thead><tbody>");
        Map<String, String> texts = new java.util.HashMap<>();
        quiz.categories().values().forEach(list -> list.forEach(q -> texts.put(q.id(), q.text())));
        for (QuizStatistics.PerQuestion q : stats.questions()) {
            body.append("<tr><td>").append(escape(texts.getOrDefault(q.questionId(), q.questionId()))).append("</td><td>").append(q.answered())
                    .append("</td><td>").append(Math.round(q.shareRight() * 100)).append("%</td></tr>");
        }
        body.append("</tbody></table></div>");
        page.render(text.get("stats.title"), body);
    }

    static String minutes(long seconds) {
        return seconds % 60 == 0 ? String.valueOf(seconds / 60) : String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }

    /** The open attempt's questions, as a form the page's script saves answer by answer. */
    private static final class AttemptForm {
        private final Messages text;
        private final StringBuilder body;

        AttemptForm(Messages text, StringBuilder body) {
            this.text = text;
            this.body = body;
        }

        void write(AttemptView view, String csrf, long nowMs) {
            Attempt attempt = view.attempt();
            body.append("<div id=\"quiz\" data-attempt=\"").append(escape(attempt.id())).append("\" data-csrf=\"").append(escape(csrf))
                    .append("\" data-remaining-ms=\"").append(Math.max(0, attempt.deadlineMs() - nowMs)).append("\">\n")
                    .append("<div class=\"quiz-bar\"><span>").append(escape(text.get("attempt.deadline", Times.wita(Instant.ofEpochMilli(attempt.deadlineMs())))))
                    .append("</span> <strong id=\"countdown\" role=\"timer\" aria-label=\"").append(escape(text.get("attempt.remaining")))
                    .append("\"></strong></div>\n<p id=\"connection\" class=\"error\" role=\"alert\" hidden></p>\n")
                    .append("<noscript><p class=\"error\">").append(escape(text.get("attempt.noscript"))).append("</p></noscript>\n")
                    .append("<form id=\"quiz-form\" novalidate>");
            for (Attempt.Question q : attempt.questions()) {
                Answer saved = view.answers().get(q.presented().slot() - 1);
                question(q.presented(), saved.response());
            }
            body.append("<p><button type=\"submit\" id=\"quiz-submit\">").append(escape(text.get("attempt.submit"))).append("</button></p></form>")
                    .append("<p id=\"quiz-message\" role=\"status\"></p></div>\n")
                    .append("<script src=\"/kuis-aset/kuis.js\" defer></script>");
        }

        private void question(ClientQuestion q, JsonNode saved) {
            int slot = q.slot();
            body.append("\n<fieldset class=\"question\" id=\"q").append(slot).append("\" data-slot=\"").append(slot).append("\" data-type=\"")
                    .append(escape(q.type())).append("\"><legend>").append(escape(text.get("attempt.question", slot))).append("</legend>")
                    .append("<div class=\"qtext\">").append(QuizText.html(q.text(), q.format())).append("</div>");
            String name = "q" + slot;
            switch (q.type()) {
                case "single-choice", "true-false" -> choices(q, name, "radio", saved == null ? List.of() : List.of(saved.path("choice").asText()));
                case "multiple-response" -> {
                    List<String> chosen = new java.util.ArrayList<>();
                    if (saved != null) {
                        saved.path("choices").forEach(c -> chosen.add(c.asText()));
                    }
                    choices(q, name, "checkbox", chosen);
                }
                case "numerical" -> body.append("<input class=\"answer\" type=\"text\" inputmode=\"decimal\" name=\"").append(name)
                        .append("\" aria-label=\"").append(escape(text.get("attempt.answer"))).append("\" value=\"")
                        .append(saved == null ? "" : escape(saved.path("number").asText())).append("\">");
                case "essay" -> body.append("<textarea class=\"answer\" rows=\"8\" name=\"").append(name).append("\" aria-label=\"")
                        .append(escape(text.get("attempt.answer"))).append("\">").append(saved == null ? "" : escape(saved.path("text").asText()))
                        .append("</textarea>");
                case "matching" -> matching(q, name, saved);
                case "ordering" -> ordering(q, saved);
                default -> body.append("<input class=\"answer\" type=\"text\" name=\"").append(name).append("\" aria-label=\"")
                        .append(escape(text.get("attempt.answer"))).append("\" value=\"")
                        .append(saved == null ? "" : escape(saved.path("text").asText())).append("\">");
            }
            body.append("<p class=\"save-state\" id=\"s").append(slot).append("\" data-state=\"").append(saved == null ? "empty" : "saved")
                    .append("\" aria-live=\"polite\">").append(saved == null ? "" : escape(text.get("save.saved"))).append("</p></fieldset>");
        }

        private void choices(ClientQuestion q, String name, String kind, List<String> chosen) {
            for (ClientOption option : q.options()) {
                String id = name + "-" + option.id();
                body.append("<label class=\"option\" for=\"").append(escape(id)).append("\"><input type=\"").append(kind).append("\" id=\"")
                        .append(escape(id)).append("\" name=\"").append(name).append("\" value=\"").append(escape(option.id())).append('"')
                        .append(chosen.contains(option.id()) ? " checked" : "").append("> <span>")
                        .append(q.type().equals("true-false") ? escape(text.get("tf." + option.id())) : QuizText.html(option.text(), q.format()))
                        .append("</span></label>");
            }
        }

        private void matching(ClientQuestion q, String name, JsonNode saved) {
            for (ClientOption item : q.items()) {
                String id = name + "-" + item.id();
                String chosen = saved == null ? "" : saved.path("pairs").path(item.id()).asText("");
                body.append("<label class=\"pair\" for=\"").append(escape(id)).append("\"><span>").append(escape(item.text())).append("</span> ")
                        .append("<select id=\"").append(escape(id)).append("\" data-item=\"").append(escape(item.id())).append("\"><option value=\"\">")
                        .append(escape(text.get("attempt.choose"))).append("</option>");
                for (ClientOption option : q.options()) {
                    body.append("<option value=\"").append(escape(option.id())).append('"').append(option.id().equals(chosen) ? " selected" : "")
                            .append('>').append(escape(option.text())).append("</option>");
                }
                body.append("</select></label>");
            }
        }

        private void ordering(ClientQuestion q, JsonNode saved) {
            List<ClientOption> items = new java.util.ArrayList<>(q.options().isEmpty() ? q.items() : q.options());
            if (saved != null && saved.path("order").isArray()) {
                List<String> order = new java.util.ArrayList<>();
                saved.path("order").forEach(id -> order.add(id.asText()));
                items.sort(java.util.Comparator.comparingInt(o -> order.indexOf(o.id()) < 0 ? Integer.MAX_VALUE : order.indexOf(o.id())));
            }
            body.append("<ol class=\"order\">");
            for (ClientOption item : items) {
                body.append("<li data-id=\"").append(escape(item.id())).append("\"><span>").append(escape(item.text())).append("</span> ")
                        .append("<button type=\"button\" class=\"small up\" aria-label=\"").append(escape(text.get("order.up", item.text())))
                        .append("\">↑</button><button type=\"button\" class=\"small down\" aria-label=\"")
                        .append(escape(text.get("order.down", item.text()))).append("\">↓</button></li>");
            }
            body.append("</ol>");
        }
    }

    /** A finished attempt: score, pass or fail, and the review its settings allow. */
    private static final class ResultPage {
        private final Messages text;
        private final StringBuilder body;
        private final AttemptEngine engine;
        private final Locale locale;

        ResultPage(Messages text, StringBuilder body, AttemptEngine engine, Locale locale) {
            this.text = text;
            this.body = body;
            this.engine = engine;
            this.locale = locale;
        }

        void write(AttemptView view) {
            Attempt attempt = view.attempt();
            long answered = view.answers().stream().filter(Answer::answered).count();
            String verdict = attempt.pendingManual() > 0 ? text.get("result.attempt.pending")
                    : attempt.passed() ? text.get("result.attempt.passed") : text.get("result.attempt.failed");
            body.append("<section id=\"result\" data-score=\"").append(QuizViews.round(attempt.score())).append("\" data-answered=\"").append(answered)
                    .append("\"><p class=\"score\"><strong>").append(escape(text.get("result.score", QuizViews.round(attempt.score()))))
                    .append("</strong> · ").append(escape(verdict)).append("</p><p class=\"muted\">")
                    .append(escape(text.get("result.answered", answered, attempt.questions().size(), attempt.settings().passMark())));
            if ("DEADLINE".equals(attempt.finishedBy())) {
                body.append(' ').append(escape(text.get("result.bydeadline")));
            }
            body.append("</p></section>\n");
            if (!view.reviewAllowed()) {
                body.append("<p class=\"muted\">").append(escape(text.get("review.later." + attempt.settings().review()))).append("</p>");
                return;
            }
            for (Answer answer : view.answers()) {
                Attempt.Question q = attempt.questions().get(answer.slot() - 1);
                String correct = ReviewText.correctAnswer(q.definition(), "en".equals(locale.getLanguage()));
                body.append("<section class=\"question review\"><h2>").append(escape(text.get("attempt.question", answer.slot())))
                        .append(" · ").append(answer.fraction() == null ? "–" : Math.round(answer.fraction() * 100) + "%").append("</h2><div class=\"qtext\">")
                        .append(QuizText.html(q.presented().text(), q.presented().format())).append("</div><p>")
                        .append(escape(text.get("review.yours"))).append(' ')
                        .append(escape(Optional.ofNullable(ReviewText.response(q.presented(), answer.response())).orElse(text.get("review.none"))))
                        .append("</p>");
                if (correct != null) {
                    body.append("<p>").append(escape(text.get("review.correct"))).append(' ').append(escape(correct)).append("</p>");
                }
                for (String feedback : engine.grade(q.definition(), answer).feedback()) {
                    body.append("<p class=\"feedback\">").append(escape(feedback)).append("</p>");
                }
                if (q.definition().generalFeedback() != null) {
                    body.append("<p class=\"feedback\">").append(escape(q.definition().generalFeedback())).append("</p>");
                }
                if (answer.comment() != null) {
                    body.append("<p class=\"feedback\">").append(escape(text.get("review.comment", answer.comment()))).append("</p>");
                }
                body.append("</section>\n");
            }
        }
    }
}
