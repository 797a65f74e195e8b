package org.bimtek.practice.internal.web;

import static org.bimtek.api.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.web.PageLayout;
import org.bimtek.practice.internal.submit.Review;
import org.bimtek.practice.internal.submit.Submission;
import org.bimtek.practice.internal.submit.Submissions;
import org.bimtek.practice.internal.task.Rubric;
import org.bimtek.practice.internal.task.TaskCatalog;
import org.bimtek.practice.internal.task.TaskKind;
import org.bimtek.practice.internal.task.TaskSpec;
import org.bimtek.practice.internal.upload.Uploads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The practice pages: the trainee's tasks ({@code /praktik}), a task ({@code /praktik/<task>}: instructions, the
 * rubric, the editor or the upload with its progress and pre-checks, and the history of versions and feedback), and
 * for instructors the queue ({@code /praktik/tinjau}) and the review form ({@code /praktik/tinjau/<submission>}).
 * Forms work without script; the script adds autosave, resumable uploads and live pre-checks.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-practice-pages")
@HttpWhiteboardServletPattern({"/praktik", "/praktik/*"})
public final class PracticePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH.mm").withZone(ZoneId.of("Asia/Makassar"));
    private static final String HEAD = "<link rel=\"stylesheet\" href=\"/praktik-aset/praktik.css\">\n"
            + "<script src=\"/praktik-aset/praktik.js\" defer></script>\n";

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient Submissions submissions;
    private final transient TaskCatalog tasks;
    private final transient Uploads uploads;
    private final transient UserService users;

    @Activate
    public PracticePagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference Submissions submissions,
            @Reference TaskCatalog tasks, @Reference Uploads uploads, @Reference UserService users) {
        this.layout = layout;
        this.sessions = sessions;
        this.submissions = submissions;
        this.tasks = tasks;
        this.uploads = uploads;
        this.users = users;
    }

    /** One request: who, in which language. */
    private record View(HttpServletRequest request, HttpServletResponse response, Session session, Locale locale) {
        User user() {
            return session.user();
        }

        boolean reviewer() {
            return user().hasRole(Role.INSTRUCTOR) || user().hasRole(Role.ADMIN);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Session> session = SessionCookie.sessionOrLogin(request, response, sessions);
        if (session.isEmpty()) {
            return;
        }
        View v = new View(request, response, session.get(), layout.locale(request));
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String[] parts = path.isEmpty() ? new String[0] : path.split("/");
        boolean post = "POST".equals(request.getMethod());
        try {
            if (post && !Csrf.tokenMatches(request, v.session())) {
                throw ApiException.forbidden("Formulir kedaluwarsa; muat ulang halaman lalu coba lagi.");
            }
            if (parts.length == 0 && !post) {
                list(v);
            } else if (parts.length >= 1 && parts[0].equals("tinjau")) {
                if (!v.reviewer()) {
                    throw ApiException.forbidden("Halaman ini untuk instruktur.");
                }
                if (parts.length == 1 && !post) {
                    queue(v, null);
                } else if (parts.length == 2 && post) {
                    reviewPost(v, number(parts[1]));
                } else if (parts.length == 2) {
                    reviewPage(v, number(parts[1]), null);
                } else {
                    throw ApiException.notFound("Halaman tidak ditemukan.");
                }
            } else if (parts.length == 1 && !post) {
                taskPage(v, submissions.task(parts[0]), null);
            } else if (parts.length == 2 && post && parts[1].equals("kirim")) {
                articlePost(v, submissions.task(parts[0]));
            } else {
                throw ApiException.notFound("Halaman tidak ditemukan.");
            }
        } catch (ApiException e) {
            layout.render(request, response, e.status(), e.getMessage(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>");
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }

    static String stateWord(Submission.State state) {
        return switch (state) {
            case DRAFT -> "Draf";
            case SUBMITTED -> "Menunggu penilaian";
            case ACCEPTED -> "Diterima";
            case RETURNED -> "Dikembalikan untuk revisi";
        };
    }

    static String kindWord(TaskKind kind) {
        return switch (kind) {
            case ARTICLE -> "Tulisan";
            case PHOTO -> "Foto";
            case VIDEO -> "Video";
        };
    }

    private void list(View v) throws IOException {
        Map<String, Submission> latest = new HashMap<>();
        for (Submission s : submissions.ofUser(v.user().id())) {
            latest.merge(s.taskId(), s, (a, b) -> a.version() >= b.version() ? a : b);
        }
        StringBuilder body = new StringBuilder(HEAD).append("<h1>Tugas praktik</h1>\n<p class=\"muted\">Praktik ditinjau instruktur ")
                .append("dengan rubrik sebelum dihitung untuk sertifikasi.</p>\n");
        if (v.reviewer()) {
            body.append("<p><a class=\"button\" href=\"/praktik/tinjau\" id=\"review-queue\">Antrean penilaian</a></p>\n");
        }
        body.append("<div class=\"table\"><table id=\"tasks\"><thead><tr><th>Tugas</th><th>Jenis</th><th>Kursus</th><th>Status</th></tr>")
                .append("</thead><tbody>\n");
        for (TaskSpec t : tasks.tasks()) {
            Submission s = latest.get(t.id());
            body.append("<tr><td><a href=\"/praktik/").append(escape(t.id())).append("\">").append(escape(t.title().in(v.locale())))
                    .append("</a></td><td>").append(kindWord(t.kind())).append("</td><td>").append(escape(t.courseId())).append("</td><td>")
                    .append(s == null ? "Belum dikerjakan" : stateWord(s.state()) + " (versi " + s.version() + ")").append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
        layout.render(v.request(), v.response(), 200, "Tugas praktik", body.toString());
    }

    private void taskPage(View v, TaskSpec task, String notice) throws IOException {
        List<Submission> versions = submissions.versions(v.user().id(), task.id());
        Submission latest = versions.isEmpty() ? null : versions.get(0);
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/praktik\">← Semua tugas praktik</a></p>\n<h1>")
                .append(escape(task.title().in(v.locale()))).append("</h1>\n<p><span class=\"badge\">").append(kindWord(task.kind()))
                .append("</span> <a href=\"/kursus/").append(escape(task.courseId())).append("\">").append(escape(task.courseId()))
                .append("</a></p>\n");
        if (notice != null) {
            body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        body.append("<article class=\"lesson\">").append(task.instructionsHtml()).append("</article>\n");
        limits(body, task);
        body.append("<details><summary>Rubrik penilaian</summary>\n");
        rubric(body, task.rubric(), v.locale(), null);
        body.append("</details>\n");
        if (latest != null && latest.state() == Submission.State.ACCEPTED) {
            body.append("<p class=\"notice\" id=\"task-state\" data-state=\"ACCEPTED\">Diterima. Tugas ini selesai.</p>\n");
        } else if (latest != null && latest.state() == Submission.State.SUBMITTED) {
            body.append("<p class=\"notice\" id=\"task-state\" data-state=\"SUBMITTED\">Versi ").append(latest.version())
                    .append(" sudah dikirim dan menunggu penilaian instruktur.</p>\n");
        } else {
            editor(v, body, task, latest != null && latest.state() == Submission.State.DRAFT ? latest : null);
        }
        history(v, body, task, versions);
        layout.render(v.request(), v.response(), 200, task.title().in(v.locale()), body.toString());
    }

    private static void limits(StringBuilder body, TaskSpec task) {
        List<String> items = new java.util.ArrayList<>();
        var l = task.limits();
        if (l.minWords() > 0 || l.maxWords() > 0) {
            items.add("Panjang tulisan: " + (l.minWords() > 0 ? l.minWords() : 0) + "-" + (l.maxWords() > 0 ? l.maxWords() + " kata" : "... kata"));
        }
        if (l.maxHeadlineChars() > 0) {
            items.add("Judul paling panjang " + l.maxHeadlineChars() + " karakter");
        }
        if (task.kind().isFile()) {
            items.add("Format: " + String.join(", ", l.formats().stream().map(Enum::name).sorted().toList()));
            if (l.maxMegabytes() > 0) {
                items.add("Ukuran paling besar " + l.maxMegabytes() + " MB");
            }
            if (l.minWidth() > 0) {
                items.add("Resolusi minimal " + l.minWidth() + "x" + l.minHeight());
            }
            if (l.maxSeconds() > 0) {
                items.add("Durasi " + l.minSeconds() + "-" + l.maxSeconds() + " detik");
            }
        }
        if (!items.isEmpty()) {
            body.append("<ul class=\"limits\">");
            items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>"));
            body.append("</ul>\n");
        }
    }

    /** The rubric as a table, or as the review form when {@code form} is the submission id. */
    private static void rubric(StringBuilder body, Rubric rubric, Locale locale, Long form) {
        body.append("<div class=\"rubric\">");
        for (Rubric.Criterion c : rubric.criteria()) {
            body.append("<fieldset class=\"choices\" id=\"criterion-").append(escape(c.id())).append("\"><legend>")
                    .append(escape(c.title().in(locale))).append(" (0-").append(c.maxPoints()).append(")</legend>\n");
            for (Rubric.Level level : c.levels()) {
                if (form != null) {
                    body.append("<label class=\"check\"><input type=\"radio\" required name=\"skor-").append(escape(c.id())).append("\" value=\"")
                            .append(level.points()).append("\"> <span><strong>").append(level.points()).append("</strong> ")
                            .append(escape(level.description().in(locale))).append("</span></label>\n");
                } else {
                    body.append("<p><strong>").append(level.points()).append("</strong> ").append(escape(level.description().in(locale)))
                            .append("</p>\n");
                }
            }
            body.append("</fieldset>\n");
        }
        body.append("<p class=\"muted\">Lulus: minimal ").append(rubric.passPoints()).append(" dari ").append(rubric.maxPoints())
                .append(" poin.</p></div>\n");
    }

    private void editor(View v, StringBuilder body, TaskSpec task, Submission draft) {
        String csrf = v.session().csrfToken();
        body.append("<section id=\"editor\" data-task=\"").append(escape(task.id())).append("\" data-kind=\"").append(task.kind().name())
                .append("\" data-csrf=\"").append(escape(csrf)).append("\" data-max-bytes=\"").append(task.limits().maxBytes(uploads.maxBytes()))
                .append("\">\n<h2>Kerjakan</h2>\n");
        if (task.kind() == TaskKind.ARTICLE) {
            body.append("<form method=\"post\" action=\"/praktik/").append(escape(task.id())).append("/kirim\" id=\"article-form\">")
                    .append("<input type=\"hidden\" name=\"").append(SessionService.CSRF_FIELD).append("\" value=\"").append(escape(csrf))
                    .append("\"><label for=\"headline\">Judul</label><input id=\"headline\" name=\"judul\" maxlength=\"300\" value=\"")
                    .append(escape(draft == null ? "" : nullToEmpty(draft.headline()))).append("\"><label for=\"body\">Isi berita</label>")
                    .append("<textarea id=\"body\" name=\"isi\" rows=\"16\">").append(escape(draft == null ? "" : nullToEmpty(draft.body())))
                    .append("</textarea><p class=\"muted\" id=\"autosave\">").append(draft == null ? "Draf tersimpan otomatis saat Anda menulis."
                            : "Draf terakhir: " + WHEN.format(draft.updatedAt()) + " WITA.").append("</p>")
                    .append("<button type=\"submit\" name=\"aksi\" value=\"draf\" class=\"secondary\">Simpan draf</button> ")
                    .append("<button type=\"submit\" name=\"aksi\" value=\"kirim\" id=\"submit-article\">Kirim untuk dinilai</button></form>\n");
        } else {
            body.append("<label for=\"file\">Pilih berkas ").append(kindWord(task.kind()).toLowerCase(Locale.ROOT)).append("</label>")
                    .append("<input type=\"file\" id=\"file\" accept=\"").append(task.kind() == TaskKind.PHOTO ? "image/jpeg,image/png" : "video/*")
                    .append("\"><p class=\"progress\"><progress id=\"upload-progress\" max=\"100\" value=\"0\"></progress>")
                    .append("<span id=\"upload-status\">Belum ada berkas.</span></p><p class=\"muted\">Unggahan bisa dilanjutkan bila koneksi ")
                    .append("terputus atau halaman dimuat ulang: pilih berkas yang sama lagi.</p>")
                    .append("<div id=\"preview\"></div>")
                    .append("<button type=\"button\" id=\"submit-file\" disabled").append(draft == null ? "" : " data-upload=\"" + escape(draft.uploadId()) + "\"")
                    .append(">Kirim untuk dinilai</button>\n");
            if (draft != null) {
                body.append("<p class=\"muted\" id=\"draft-file\">Berkas draf sudah diunggah").append(draft.fileBytes() == null ? ""
                        : " (" + draft.fileBytes() / 1024 + " KB)").append("; kirim, atau pilih berkas lain.</p>");
            }
        }
        body.append("<h3>Pemeriksaan otomatis</h3><p class=\"muted\">Hanya saran; instruktur yang menilai.</p><div id=\"checks\">");
        checks(body, draft == null ? null : draft.checks());
        body.append("</div></section>\n");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static void checks(StringBuilder body, JsonNode checks) {
        if (checks == null || !checks.has("findings")) {
            body.append("<p class=\"muted\">Belum ada.</p>");
            return;
        }
        body.append("<ul class=\"findings\">");
        for (JsonNode f : checks.path("findings")) {
            body.append("<li class=\"").append(escape(f.path("level").asText()).toLowerCase(Locale.ROOT)).append("\" data-id=\"")
                    .append(escape(f.path("id").asText())).append("\">").append(escape(f.path("message").asText())).append("</li>");
        }
        body.append("</ul>");
    }

    private void history(View v, StringBuilder body, TaskSpec task, List<Submission> versions) {
        List<Submission> handedIn = versions.stream().filter(s -> s.state() != Submission.State.DRAFT).toList();
        if (handedIn.isEmpty()) {
            return;
        }
        body.append("<h2>Riwayat kiriman dan umpan balik</h2>\n");
        for (Submission s : handedIn) {
            body.append("<section class=\"card version\" data-version=\"").append(s.version()).append("\" data-state=\"").append(s.state())
                    .append("\"><h3>Versi ").append(s.version()).append(" <span class=\"badge").append(s.state() == Submission.State.ACCEPTED
                            ? " ok" : "").append("\">").append(stateWord(s.state())).append("</span></h3>\n<p class=\"muted\">Dikirim ")
                    .append(s.submittedAt() == null ? "" : WHEN.format(s.submittedAt()) + " WITA").append("</p>\n");
            work(body, s);
            for (Review r : submissions.reviews(s.id())) {
                review(body, r, task, v.locale());
            }
            body.append("</section>\n");
        }
    }

    private static void work(StringBuilder body, Submission s) {
        if (s.kind() == TaskKind.ARTICLE) {
            body.append("<blockquote class=\"work\"><strong>").append(escape(nullToEmpty(s.headline()))).append("</strong><br>")
                    .append(escape(nullToEmpty(s.body())).replace("\n", "<br>")).append("</blockquote>\n");
        } else if (s.kind() == TaskKind.PHOTO) {
            body.append("<p><img class=\"work\" alt=\"Foto kiriman versi ").append(s.version()).append("\" src=\"/api/submissions/").append(s.id())
                    .append("/file\"></p>\n");
        } else {
            body.append("<p><video class=\"work\" controls preload=\"metadata\" src=\"/api/submissions/").append(s.id()).append("/file\"></video></p>\n");
        }
    }

    private static void review(StringBuilder body, Review r, TaskSpec task, Locale locale) {
        body.append("<div class=\"review\" data-decision=\"").append(r.decision()).append("\"><p><strong>")
                .append(r.decision() == Submission.State.ACCEPTED ? "Diterima" : "Dikembalikan untuk revisi").append("</strong>, nilai ")
                .append(r.points()).append(" dari ").append(r.maxPoints()).append(" (").append(escape(r.reviewer())).append(", ")
                .append(WHEN.format(r.createdAt())).append(" WITA)</p><ul>");
        for (Rubric.Criterion c : task.rubric().criteria()) {
            Integer points = r.scores().get(c.id());
            if (points != null) {
                body.append("<li>").append(escape(c.title().in(locale))).append(": <strong>").append(points).append("</strong>")
                        .append(c.level(points).map(l -> " — " + escape(l.description().in(locale))).orElse("")).append("</li>");
            }
        }
        body.append("</ul>");
        if (r.comment() != null) {
            body.append("<p class=\"comment\">").append(escape(r.comment()).replace("\n", "<br>")).append("</p>");
        }
        body.append("</div>\n");
    }

    /** The article form without script: save the draft, or hand it in. */
    private void articlePost(View v, TaskSpec task) throws IOException {
        boolean submit = "kirim".equals(v.request().getParameter("aksi"));
        submissions.save(v.user().id(), task.id(), new Submissions.Input(v.request().getParameter("judul"), v.request().getParameter("isi"),
                null, !submit));
        taskPage(v, task, submit ? "Terkirim. Instruktur akan menilainya." : "Draf tersimpan.");
    }

    private void queue(View v, String notice) throws IOException {
        HttpServletRequest r = v.request();
        String status = Optional.ofNullable(r.getParameter("status")).filter(s -> !s.isBlank()).orElse("SUBMITTED");
        Submission.State state;
        try {
            state = Submission.State.valueOf(status);
        } catch (IllegalArgumentException e) {
            state = Submission.State.SUBMITTED;
        }
        if (state == Submission.State.DRAFT) {
            state = Submission.State.SUBMITTED;
        }
        String course = blankToNull(r.getParameter("kursus"));
        String task = blankToNull(r.getParameter("tugas"));
        Long unit = blankToNull(r.getParameter("unit")) == null ? null : number(r.getParameter("unit"));
        List<Submission> list = submissions.queue(state, course, task, unit);
        StringBuilder body = new StringBuilder(HEAD).append("<h1>Antrean penilaian praktik</h1>\n");
        if (notice != null) {
            body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        body.append("<form method=\"get\" action=\"/praktik/tinjau\" class=\"filters\"><label for=\"status\">Status</label><select id=\"status\" ")
                .append("name=\"status\">");
        for (Submission.State s : List.of(Submission.State.SUBMITTED, Submission.State.RETURNED, Submission.State.ACCEPTED)) {
            body.append("<option value=\"").append(s).append("\"").append(s == state ? " selected" : "").append(">").append(stateWord(s))
                    .append("</option>");
        }
        body.append("</select><label for=\"tugas\">Tugas</label><select id=\"tugas\" name=\"tugas\"><option value=\"\">Semua</option>");
        for (TaskSpec t : tasks.tasks()) {
            body.append("<option value=\"").append(escape(t.id())).append("\"").append(t.id().equals(task) ? " selected" : "").append(">")
                    .append(escape(t.title().in(v.locale()))).append("</option>");
        }
        body.append("</select><label for=\"kursus\">Kursus (id)</label><input id=\"kursus\" name=\"kursus\" value=\"").append(escape(nullToEmpty(course)))
                .append("\"><label for=\"unit\">Unit (id, termasuk di bawahnya)</label><input id=\"unit\" name=\"unit\" inputmode=\"numeric\" value=\"")
                .append(unit == null ? "" : unit).append("\"><button type=\"submit\">Saring</button></form>\n");
        body.append("<div class=\"table\"><table id=\"queue\"><thead><tr><th>Peserta</th><th>Tugas</th><th>Versi</th><th>Dikirim</th><th></th>")
                .append("</tr></thead><tbody>\n");
        Map<Long, String> names = new LinkedHashMap<>();
        for (Submission s : list) {
            String name = names.computeIfAbsent(s.userId(), id -> users.find(id).map(User::displayName).orElse("pengguna " + id));
            String title = tasks.task(s.taskId()).map(t -> t.title().in(v.locale())).orElse(s.taskId());
            body.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(title)).append("</td><td>").append(s.version())
                    .append("</td><td>").append(s.submittedAt() == null ? "" : WHEN.format(s.submittedAt())).append("</td><td><a href=\"/praktik/tinjau/")
                    .append(s.id()).append("\">").append(state == Submission.State.SUBMITTED ? "Nilai" : "Lihat").append("</a></td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
        if (list.isEmpty()) {
            body.append("<p class=\"muted\" id=\"queue-empty\">Tidak ada kiriman.</p>\n");
        }
        layout.render(v.request(), v.response(), 200, "Antrean penilaian", body.toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void reviewPage(View v, long id, String error) throws IOException {
        Submission s = submissions.get(id).filter(x -> x.state() != Submission.State.DRAFT)
                .orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        TaskSpec task = tasks.task(s.taskId()).orElseThrow(() -> ApiException.conflict("task_unavailable",
                "Kursus tugas ini sedang tidak terpasang; rubriknya tidak tersedia."));
        String name = users.find(s.userId()).map(User::displayName).orElse("pengguna " + s.userId());
        StringBuilder body = new StringBuilder(HEAD).append("<p><a href=\"/praktik/tinjau\">← Antrean</a></p>\n<h1>")
                .append(escape(task.title().in(v.locale()))).append("</h1>\n<p>").append(escape(name)).append(", versi ").append(s.version())
                .append(" <span class=\"badge\">").append(stateWord(s.state())).append("</span></p>\n");
        if (error != null) {
            body.append("<p class=\"error\">").append(escape(error)).append("</p>\n");
        }
        work(body, s);
        if (s.uploadId() != null) {
            body.append("<p class=\"muted\">SHA-256 ").append(escape(nullToEmpty(s.fileSha256()))).append("</p>");
        }
        body.append("<h2>Pemeriksaan otomatis</h2>");
        checks(body, s.checks());
        for (Submission earlier : submissions.versions(s.userId(), s.taskId())) {
            for (Review r : earlier.id() == s.id() ? List.<Review>of() : submissions.reviews(earlier.id())) {
                body.append("<h3>Ulasan versi ").append(earlier.version()).append("</h3>");
                review(body, r, task, v.locale());
            }
        }
        for (Review r : submissions.reviews(s.id())) {
            review(body, r, task, v.locale());
        }
        if (s.state() == Submission.State.SUBMITTED) {
            body.append("<h2>Nilai dengan rubrik</h2><form method=\"post\" action=\"/praktik/tinjau/").append(s.id()).append("\" id=\"review-form\">")
                    .append("<input type=\"hidden\" name=\"").append(SessionService.CSRF_FIELD).append("\" value=\"")
                    .append(escape(v.session().csrfToken())).append("\">");
            rubric(body, task.rubric(), v.locale(), s.id());
            body.append("<label for=\"comment\">Komentar untuk peserta</label><textarea id=\"comment\" name=\"komentar\" rows=\"5\"></textarea>")
                    .append("<button type=\"submit\" name=\"keputusan\" value=\"ACCEPTED\" id=\"accept\">Terima</button> ")
                    .append("<button type=\"submit\" name=\"keputusan\" value=\"RETURNED\" id=\"return\" class=\"secondary\">Kembalikan untuk revisi</button>")
                    .append("</form>\n");
        }
        layout.render(v.request(), v.response(), 200, "Nilai kiriman", body.toString());
    }

    private void reviewPost(View v, long id) throws IOException {
        Submission s = submissions.get(id).orElseThrow(() -> ApiException.notFound("Kiriman tidak ditemukan."));
        TaskSpec task = submissions.task(s.taskId());
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Rubric.Criterion c : task.rubric().criteria()) {
            String value = v.request().getParameter("skor-" + c.id());
            if (value != null) {
                try {
                    scores.put(c.id(), Integer.valueOf(value));
                } catch (NumberFormatException e) {
                    // Left out: the rubric says which criterion still needs a level.
                }
            }
        }
        try {
            submissions.review(id, v.user().id(), v.user().username(), new Submissions.Verdict(scores, v.request().getParameter("komentar"),
                    v.request().getParameter("keputusan")));
        } catch (ApiException e) {
            if (e.status() == 400) {
                reviewPage(v, id, e.getMessage());
                return;
            }
            throw e;
        }
        queue(v, "Penilaian tersimpan.");
    }
}
