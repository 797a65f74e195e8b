package org.bimtek.course.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseModule;
import org.bimtek.api.course.CourseProgress;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.SectionItem;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.ProgressService;
import org.bimtek.api.course.RenderedLesson;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/courses/*}: the catalogue, a course, a lesson, and marking a lesson done. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-courses-api")
@HttpWhiteboardServletPattern({"/api/courses", "/api/courses/*"})
public final class CoursesApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient CourseCatalog catalog;
    private final transient ProgressService progress;
    /** The bundles that add to a course (quizzes, tasks); each lists its items under its section's name. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile List<CourseSection> sections = List.of();

    @Activate
    public CoursesApiServlet(@Reference SessionService sessions, @Reference CourseCatalog catalog, @Reference ProgressService progress) {
        super(sessions);
        this.catalog = catalog;
        this.progress = progress;
        get("/api/courses", this::list);
        get("/api/courses/{id}", this::course);
        get("/api/courses/{id}/lessons/{lessonId}", this::lesson);
        post("/api/courses/{id}/lessons/{lessonId}/complete", this::complete);
    }

    private Object list(Call call) {
        List<Course> courses = catalog.courses();
        Map<String, CourseProgress> mine = progress.progress(call.user().id(), courses);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Course course : courses) {
            Map<String, Object> item = summary(course, call.language());
            item.put("progress", mine.get(course.id()).percent());
            result.add(item);
        }
        return result;
    }

    private Object course(Call call) {
        Course course = find(call.path("id"));
        CourseProgress mine = progress.progress(call.user().id(), course);
        java.util.Locale language = call.language();
        Map<String, Object> result = summary(course, language);
        result.put("summary", course.summary().in(language));
        result.put("progress", mine.percent());
        result.put("resumeLessonId", mine.resumeLessonId());
        List<Map<String, Object>> modules = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            List<Map<String, Object>> lessons = new ArrayList<>();
            for (Lesson lesson : module.lessons()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("id", lesson.id());
                l.put("title", lesson.title().in(language));
                l.put("minutes", lesson.minutes());
                l.put("completed", mine.completed().contains(lesson.id()));
                lessons.add(l);
            }
            modules.add(Map.of("id", module.id(), "title", module.title().in(language), "lessons", lessons));
        }
        result.put("modules", modules);
        for (CourseSection section : sections) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (SectionItem item : section.items(course.id(), language)) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("id", item.id());
                if (item.kind() != null) {
                    i.put("kind", item.kind());
                }
                i.put("title", item.title());
                i.put("page", item.page());
                items.add(i);
            }
            result.put(section.name(), items);
        }
        return result;
    }

    private Object lesson(Call call) {
        RenderedLesson rendered = catalog.lesson(call.path("id"), call.path("lessonId")).orElseThrow(
                () -> ApiException.notFound("Pelajaran tidak ditemukan."));
        boolean completed = progress.opened(call.user().id(), rendered.course().id(), rendered.lesson().id());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("courseId", rendered.course().id());
        result.put("id", rendered.lesson().id());
        result.put("title", rendered.lesson().title().in(call.language()));
        result.put("html", rendered.html());
        result.put("previous", rendered.previous() == null ? null : rendered.previous().id());
        result.put("next", rendered.next() == null ? null : rendered.next().id());
        result.put("completed", completed);
        return result;
    }

    private Object complete(Call call) {
        RenderedLesson rendered = catalog.lesson(call.path("id"), call.path("lessonId")).orElseThrow(
                () -> ApiException.notFound("Pelajaran tidak ditemukan."));
        progress.completed(call.user().id(), rendered.course().id(), rendered.lesson().id());
        CourseProgress mine = progress.progress(call.user().id(), rendered.course());
        return Map.of("courseId", rendered.course().id(), "lessonId", rendered.lesson().id(), "completed", true,
                "progress", mine.percent());
    }

    private Course find(String id) {
        return catalog.course(id).orElseThrow(() -> ApiException.notFound("Kursus '" + id + "' tidak ditemukan."));
    }

    private static Map<String, Object> summary(Course course, java.util.Locale language) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", course.id());
        item.put("version", course.version());
        item.put("title", course.title().in(language));
        item.put("area", course.area());
        item.put("tier", course.tier());
        item.put("lessonCount", course.lessons().size());
        return item;
    }
}
