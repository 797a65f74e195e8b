package org.bimtek.practice.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.practice.internal.submit.Submission;
import org.bimtek.practice.internal.submit.Submissions;
import org.bimtek.practice.internal.task.TaskCatalog;
import org.bimtek.practice.internal.upload.Upload;
import org.bimtek.practice.internal.upload.Uploads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Practice work's REST API: tasks, the trainee's submissions (drafts, versions), the files handed in, the reviewers'
 * queue and reviews. Uploads themselves are the tus servlet's.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-practice-api")
@HttpWhiteboardServletPattern({"/api/tasks", "/api/tasks/*", "/api/submissions/*", "/api/reviews"})
public final class PracticeApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient Submissions submissions;
    private final transient Uploads uploads;

    @Activate
    public PracticeApiServlet(@Reference SessionService sessions, @Reference Submissions submissions, @Reference TaskCatalog tasks,
            @Reference Uploads uploads) {
        super(sessions);
        this.submissions = submissions;
        this.uploads = uploads;
        get("/api/tasks", call -> tasks.tasks().stream().map(t -> PracticeViews.taskSummary(t, call.language())).toList());
        get("/api/tasks/{taskId}", call -> {
            Map<String, Object> view = PracticeViews.task(submissions.task(call.path("taskId")), call.language(), uploads.maxBytes());
            view.put("submissions", mine(call));
            return view;
        });
        get("/api/tasks/{taskId}/submissions", this::mine);
        post("/api/tasks/{taskId}/submissions", call -> {
            Submissions.Input input = call.body(Submissions.Input.class);
            Submission saved = submissions.save(call.user().id(), call.path("taskId"), input);
            call.status(saved.state() == Submission.State.DRAFT ? 200 : 201);
            return PracticeViews.submission(saved, List.of());
        });
        get("/api/submissions/{id}", call -> {
            Submission s = visible(call);
            return PracticeViews.submission(s, submissions.reviews(s.id()));
        });
        get("/api/submissions/{id}/file", call -> {
            serve(call, visible(call));
            return WRITTEN;
        });
        post("/api/submissions/{id}/review", call -> {
            Submissions.Verdict verdict = call.body(Submissions.Verdict.class);
            submissions.review(id(call), call.user().id(), call.user().username(), verdict);
            Submission s = submissions.get(id(call)).orElseThrow();
            return PracticeViews.submission(s, submissions.reviews(s.id()));
        }).roles(Role.INSTRUCTOR, Role.ADMIN);
        get("/api/reviews", call -> {
            Submission.State state = state(call.query("status", "SUBMITTED"));
            if (state == Submission.State.DRAFT) {
                throw ApiException.badRequest("status", "Draf hanya terlihat oleh pesertanya.");
            }
            Long unit = call.query("unit", null) == null ? null : number(call.query("unit", null));
            return submissions.queue(state, call.query("course", null), call.query("task", null), unit).stream()
                    .map(s -> PracticeViews.submission(s, submissions.reviews(s.id()))).toList();
        }).roles(Role.INSTRUCTOR, Role.ADMIN);
    }

    private Object mine(Call call) {
        return submissions.versions(call.user().id(), call.path("taskId")).stream()
                .map(s -> PracticeViews.submission(s, submissions.reviews(s.id()))).toList();
    }

    /** The trainee's own work, or any work to a reviewer; anyone else gets 404. */
    private Submission visible(Call call) {
        User user = call.user();
        Submission s = submissions.get(id(call)).orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        boolean reviewer = user.hasRole(Role.INSTRUCTOR) || user.hasRole(Role.ADMIN);
        if (s.userId() != user.id() && (!reviewer || s.state() == Submission.State.DRAFT)) {
            throw ApiException.notFound("Kiriman tidak ditemukan.");
        }
        return s;
    }

    /**
     * The file as handed in: its type from its content, inline (so the review page can show it) with the file name the
     * trainee gave, and nosniff, so a browser never takes it for anything else.
     */
    private void serve(Call call, Submission s) throws IOException {
        if (s.uploadId() == null) {
            throw ApiException.notFound("Kiriman ini tidak berisi berkas.");
        }
        Upload upload = uploads.find(s.uploadId()).orElseThrow(() -> ApiException.notFound("Berkas tidak ditemukan."));
        HttpServletResponse response = call.response();
        response.setContentType(upload.kind().mimeType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        String name = upload.fileName() == null ? "kiriman-" + s.id() : upload.fileName();
        response.setHeader("Content-Disposition", "inline; filename=\"kiriman-" + s.id() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLengthLong(Files.size(uploads.file(upload)));
        try (InputStream in = Files.newInputStream(uploads.file(upload))) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static long id(Call call) {
        return number(call.path("id"));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Tidak ditemukan: " + text);
        }
    }

    private static Submission.State state(String text) {
        try {
            return Submission.State.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status", "status harus SUBMITTED, ACCEPTED, RETURNED atau DRAFT.");
        }
    }
}
