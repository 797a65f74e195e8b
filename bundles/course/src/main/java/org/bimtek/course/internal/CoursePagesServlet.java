package org.bimtek.course.internal;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseModule;
import org.bimtek.api.course.CourseProgress;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.SectionItem;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.ProgressService;
import org.bimtek.api.course.RenderedLesson;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.web.Messages;
import org.bimtek.api.web.PageLayout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The trainee's pages: the catalogue ({@code /kursus}), a course ({@code /kursus/<id>}),
 * a lesson ({@code /kursus/<id>/<lesson>}) with "mark as done"
 * ({@code POST /kursus/<id>/<lesson>/selesai}). Plain HTML forms, no script needed.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-course-pages")
@HttpWhiteboardServletPattern({"/kursus", "/kursus/*"})
public final class CoursePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient CourseCatalog catalog;
    private final transient ProgressService progress;
    /** The bundles that add to a course (quizzes, tasks): the course page links their items after the lessons. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile List<CourseSection> sections = List.of();

    @Activate
    public CoursePagesServlet(@Reference PageLayout layout, @Reference SessionService sessions,
            @Reference CourseCatalog catalog, @Reference ProgressService progress) {
        this.layout = layout;
        this.sessions = sessions;
        this.catalog = catalog;
        this.progress = progress;
    }

    private static final Messages.Family TEXTS = Messages.family("i18n.course", CoursePagesServlet.class.getClassLoader());

    static Messages messages(Locale locale) {
        return TEXTS.in(locale);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = SessionCookie.session(request, sessions);
        if (session.isEmpty()) {
            response.sendRedirect("/masuk?kembali=" + java.net.URLEncoder.encode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        long user = session.get().user().id();
        boolean post = "POST".equals(request.getMethod());
        if (!post && parts.length == 0) {
            catalogue(request, response, user);
        } else if (!post && parts.length == 1) {
            course(request, response, user, parts[0]);
        } else if (!post && parts.length == 2) {
            lesson(request, response, user, parts[0], parts[1]);
        } else if (post && parts.length == 3 && parts[2].equals("selesai")) {
            markDone(request, response, session.get(), parts[0], parts[1]);
        } else {
            notFound(request, response, "lesson.notfound");
        }
    }

    private void catalogue(HttpServletRequest request, HttpServletResponse response, long user) throws IOException {
        Locale locale = layout.locale(request);
        Messages text = messages(locale);
        List<Course> courses = catalog.courses();
        Map<String, CourseProgress> mine = progress.progress(user, courses);
        StringBuilder body = new StringBuilder("<h1>").append(escape(text.get("catalog.title"))).append("</h1>\n<p class=\"muted\">")
                .append(escape(text.get("catalog.intro"))).append("</p>\n");
        if (courses.isEmpty()) {
            body.append("<p>").append(escape(text.get("catalog.empty"))).append("</p>");
        }
        for (Tier tier : Tier.values()) {
            Map<String, List<Course>> byArea = new TreeMap<>();
            courses.stream().filter(c -> c.tier() == tier).forEach(c -> byArea.computeIfAbsent(c.area(), a -> new java.util.ArrayList<>()).add(c));
            if (byArea.isEmpty()) {
                continue;
            }
            body.append("<section class=\"tier\" id=\"jenjang-").append(tier.name().toLowerCase(Locale.ROOT)).append("\"><h2>")
                    .append(escape(text.get("tier." + tier.name()))).append("</h2>\n");
            for (Map.Entry<String, List<Course>> area : byArea.entrySet()) {
                body.append("<h3>").append(escape(areaName(text, area.getKey()))).append("</h3>\n<ul class=\"cards\">");
                for (Course course : area.getValue()) {
                    int percent = mine.get(course.id()).percent();
                    body.append("<li><a class=\"card\" data-course=\"").append(escape(course.id())).append("\" href=\"/kursus/")
                            .append(escape(course.id())).append("\"><strong>").append(escape(course.title().in(locale)))
                            .append("</strong><span>").append(escape(course.summary().in(locale))).append("</span>")
                            .append(progressBar(text, percent))
                            .append("<small class=\"muted\">").append(escape(text.get("course.lessons", course.lessons().size())))
                            .append("</small></a></li>");
                }
                body.append("</ul>\n");
            }
            body.append("</section>\n");
        }
        layout.render(request, response, 200, text.get("catalog.title"), body.toString());
    }

    private void course(HttpServletRequest request, HttpServletResponse response, long user, String courseId) throws IOException {
        Optional<Course> found = catalog.course(courseId);
        if (found.isEmpty()) {
            notFound(request, response, "course.notfound");
            return;
        }
        Course course = found.get();
        Locale locale = layout.locale(request);
        Messages text = messages(locale);
        CourseProgress mine = progress.progress(user, course);
        StringBuilder body = new StringBuilder()
                .append("<p class=\"muted\"><span class=\"badge\">").append(escape(text.get("tier." + course.tier().name())))
                .append("</span> ").append(escape(areaName(text, course.area()))).append("</p>\n")
                .append("<h1>").append(escape(course.title().in(locale))).append("</h1>\n")
                .append("<p>").append(escape(course.summary().in(locale))).append("</p>\n")
                .append(progressBar(text, mine.percent()));
        Lesson next = mine.resumeLessonId() != null ? course.lesson(mine.resumeLessonId()).orElseThrow() : course.lessons().get(0);
        body.append("<p><a class=\"button\" id=\"resume\" href=\"/kursus/").append(escape(course.id())).append('/').append(escape(next.id()))
                .append("\">").append(escape(mine.resumeLessonId() == null ? text.get("course.start")
                        : text.get("course.resume", next.title().in(locale)))).append("</a></p>\n");
        for (CourseModule module : course.modules()) {
            body.append("<h2>").append(escape(module.title().in(locale))).append("</h2>\n<ol class=\"lessons\">");
            for (Lesson lesson : module.lessons()) {
                boolean done = mine.completed().contains(lesson.id());
                body.append("<li").append(done ? " class=\"done\"" : "").append("><a href=\"/kursus/").append(escape(course.id()))
                        .append('/').append(escape(lesson.id())).append("\">").append(escape(lesson.title().in(locale))).append("</a>");
                if (done) {
                    body.append(" <span class=\"badge ok\">✓ ").append(escape(text.get("course.done"))).append("</span>");
                }
                body.append("</li>");
            }
            body.append("</ol>\n");
        }
        for (CourseSection section : sections) {
            List<SectionItem> items = section.items(course.id(), locale);
            if (!items.isEmpty()) {
                body.append("<h2>").append(escape(text.get("section." + section.name()))).append("</h2>\n<ul class=\"lessons\" id=\"")
                        .append(escape(section.name())).append("\">");
                for (SectionItem item : items) {
                    body.append("<li><a href=\"").append(escape(item.page())).append("\">").append(escape(item.title())).append("</a></li>");
                }
                body.append("</ul>\n");
            }
        }
        layout.render(request, response, 200, course.title().in(locale), body.toString());
    }

    private void lesson(HttpServletRequest request, HttpServletResponse response, long user, String courseId, String lessonId)
            throws IOException {
        Optional<RenderedLesson> found = catalog.lesson(courseId, lessonId);
        if (found.isEmpty()) {
            notFound(request, response, catalog.course(courseId).isPresent() ? "lesson.notfound" : "course.notfound");
            return;
        }
        RenderedLesson lesson = found.get();
        Course course = lesson.course();
        boolean done = progress.opened(user, course.id(), lesson.lesson().id());
        Locale locale = layout.locale(request);
        Messages text = messages(locale);
        String base = "/kursus/" + escape(course.id()) + "/";
        StringBuilder body = new StringBuilder()
                .append("<p><a href=\"/kursus/").append(escape(course.id())).append("\">← ")
                .append(escape(text.get("lesson.back", course.title().in(locale)))).append("</a></p>\n")
                .append("<h1>").append(escape(lesson.lesson().title().in(locale))).append("</h1>\n");
        if (lesson.lesson().minutes() > 0) {
            body.append("<p class=\"muted\">").append(escape(text.get("lesson.minutes", lesson.lesson().minutes()))).append("</p>\n");
        }
        body.append("<article class=\"lesson\">\n").append(lesson.html()).append("</article>\n");
        if (done) {
            body.append("<p class=\"badge ok\" id=\"lesson-done\">✓ ").append(escape(text.get("lesson.isdone"))).append("</p>\n");
        } else {
            body.append("<form method=\"post\" action=\"").append(base).append(escape(lesson.lesson().id())).append("/selesai\">")
                    .append("<input type=\"hidden\" name=\"").append(SessionService.CSRF_FIELD).append("\" value=\"")
                    .append(escape(SessionCookie.session(request, sessions).map(Session::csrfToken).orElse("")))
                    .append("\"><button type=\"submit\" id=\"mark-done\">").append(escape(text.get("lesson.markdone")))
                    .append("</button></form>\n");
        }
        body.append("<nav class=\"lesson-nav\" aria-label=\"").append(escape(text.get("lesson.next"))).append("\">");
        if (lesson.previous() != null) {
            body.append("<a rel=\"prev\" id=\"previous-lesson\" href=\"").append(base).append(escape(lesson.previous().id())).append("\">← ")
                    .append(escape(text.get("lesson.previous"))).append("</a>");
        }
        if (lesson.next() != null) {
            body.append("<a rel=\"next\" id=\"next-lesson\" href=\"").append(base).append(escape(lesson.next().id())).append("\">")
                    .append(escape(text.get("lesson.next"))).append(" →</a>");
        }
        body.append("</nav>\n");
        layout.render(request, response, 200, lesson.lesson().title().in(locale), body.toString());
    }

    private void markDone(HttpServletRequest request, HttpServletResponse response, Session session, String courseId, String lessonId)
            throws IOException {
        if (!Csrf.tokenMatches(request, session)) {
            Messages text = messages(layout.locale(request));
            layout.render(request, response, 403, text.get("csrf.text"), "<p class=\"error\">" + escape(text.get("csrf.text")) + "</p>");
            return;
        }
        Optional<RenderedLesson> lesson = catalog.lesson(courseId, lessonId);
        if (lesson.isEmpty()) {
            notFound(request, response, "lesson.notfound");
            return;
        }
        progress.completed(session.user().id(), courseId, lessonId);
        response.setStatus(303);
        response.setHeader("Location", "/kursus/" + courseId + "/" + lessonId);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        Messages text = messages(layout.locale(request));
        layout.render(request, response, 404, text.get(key), "<h1>" + escape(text.get(key)) + "</h1><p><a href=\"/kursus\">"
                + escape(text.get("catalog.title")) + "</a></p>");
    }

    private static String areaName(Messages text, String area) {
        String name = text.get("area." + area);
        return name.equals("area." + area) ? area : name;
    }

    private static String progressBar(Messages text, int percent) {
        return "<span class=\"progress\"><progress max=\"100\" value=\"" + percent + "\">" + percent + "%</progress> "
                + escape(text.get("course.progress", percent)) + "</span>";
    }
}
