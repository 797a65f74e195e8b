package org.bimtek.practice.internal.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.http.Json;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.practice.internal.task.TaskCatalog;
import org.bimtek.practice.internal.task.TaskSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tus 1.0 core protocol at {@code /api/uploads} (https://tus.io/protocols/resumable-upload), with the creation,
 * checksum and termination extensions: {@code POST} with {@code Upload-Length} creates, {@code HEAD} says how far an
 * upload got, {@code PATCH} with {@code Upload-Offset} appends. Any tus client works, given the session cookie and
 * the {@code X-CSRF-Token} header. {@code GET /api/uploads/{id}} (not tus) says the same as JSON, with the type and
 * the whole file's SHA-256 once complete.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-practice-uploads")
@HttpWhiteboardServletPattern({"/api/uploads", "/api/uploads/*"})
public final class TusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TusServlet.class);
    static final String VERSION = "1.0.0";
    private static final Set<FileKind> ANY = EnumSet.allOf(FileKind.class);

    private final transient SessionService sessions;
    private final transient Uploads uploads;
    private final transient TaskCatalog tasks;

    @Activate
    public TusServlet(@Reference SessionService sessions, @Reference Uploads uploads, @Reference TaskCatalog tasks) {
        this.sessions = sessions;
        this.uploads = uploads;
        this.tasks = tasks;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Tus-Resumable", VERSION);
        response.setHeader("Cache-Control", "no-store");
        String method = request.getMethod();
        try {
            if ("OPTIONS".equals(method)) {
                options(response);
                return;
            }
            Session session = SessionCookie.session(request, sessions)
                    .orElseThrow(() -> new UploadException(401, "unauthorized", "Silakan masuk terlebih dahulu.", -1));
            if (!"GET".equals(method) && !VERSION.equals(request.getHeader("Tus-Resumable"))) {
                response.setHeader("Tus-Version", VERSION);
                throw new UploadException(412, "tus_version", "Kirim header Tus-Resumable: 1.0.0.", -1);
            }
            if (!"GET".equals(method) && !"HEAD".equals(method) && (!Csrf.tokenMatches(request, session) || !Csrf.originAllowed(request))) {
                throw new UploadException(403, "csrf_token_invalid", "Token CSRF tidak ada atau tidak cocok (header X-CSRF-Token).", -1);
            }
            String id = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
            long userId = session.user().id();
            switch (method) {
                case "POST" -> create(request, response, userId, id);
                case "HEAD" -> head(response, owned(id, userId));
                case "GET" -> RestServlet.writeJson(response, 200, view(owned(id, userId)));
                case "PATCH" -> patch(request, response, userId, owned(id, userId));
                case "DELETE" -> {
                    uploads.terminate(owned(id, userId));
                    response.setStatus(204);
                }
                default -> {
                    response.setHeader("Allow", "OPTIONS, POST, HEAD, GET, PATCH, DELETE");
                    throw new UploadException(405, "method_not_allowed", "Metode ini tidak didukung di sini.", -1);
                }
            }
        } catch (UploadException e) {
            refuse(response, e);
        }
    }

    private static void options(HttpServletResponse response) {
        response.setHeader("Tus-Version", VERSION);
        response.setHeader("Tus-Extension", "creation,checksum,termination");
        response.setHeader("Tus-Checksum-Algorithm", "sha1,sha256,md5");
        response.setStatus(204);
    }

    private Upload owned(String id, long userId) {
        return uploads.get(id, userId).orElseThrow(() -> new UploadException(404, "not_found", "Unggahan tidak ditemukan.", -1));
    }

    private void create(HttpServletRequest request, HttpServletResponse response, long userId, String id) {
        if (!id.isEmpty()) {
            throw new UploadException(405, "method_not_allowed", "Buat unggahan dengan POST /api/uploads.", -1);
        }
        long length = headerNumber(request, "Upload-Length");
        if (length < 0) {
            throw new UploadException(400, "length_required", "Header Upload-Length wajib (panjang berkas dalam byte).", -1);
        }
        Map<String, String> metadata = metadata(request.getHeader("Upload-Metadata"));
        String taskId = metadata.get("taskId");
        long limit = uploads.maxBytes();
        if (taskId != null) {
            TaskSpec task = tasks.task(taskId).orElseThrow(() -> new UploadException(400, "unknown_task", "Tugas '" + taskId
                    + "' tidak ditemukan.", -1));
            if (!task.kind().isFile()) {
                throw new UploadException(400, "not_a_file_task", "Tugas ini dikerjakan dengan menulis di halaman, bukan mengunggah berkas.", -1);
            }
            limit = task.limits().maxBytes(limit);
        }
        Upload upload = uploads.create(userId, length, limit, taskId, safeName(metadata.get("filename")));
        response.setHeader("Location", "/api/uploads/" + upload.id());
        response.setHeader("Upload-Offset", "0");
        response.setStatus(201);
    }

    private static void head(HttpServletResponse response, Upload upload) {
        response.setHeader("Upload-Offset", Long.toString(upload.offset()));
        response.setHeader("Upload-Length", Long.toString(upload.length()));
        response.setStatus(200);
    }

    private void patch(HttpServletRequest request, HttpServletResponse response, long userId, Upload upload) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/offset+octet-stream")) {
            throw new UploadException(415, "content_type", "Content-Type harus application/offset+octet-stream.", upload.offset());
        }
        long offset = headerNumber(request, "Upload-Offset");
        if (offset < 0) {
            throw new UploadException(400, "offset_required", "Header Upload-Offset wajib.", upload.offset());
        }
        Set<FileKind> accepted = upload.taskId() == null ? ANY
                : tasks.task(upload.taskId()).map(t -> t.limits().formats()).filter(f -> !f.isEmpty()).orElse(ANY);
        try {
            Upload moved = uploads.append(upload.id(), userId, offset, request.getContentLengthLong(), request.getInputStream(),
                    checksum(request.getHeader("Upload-Checksum")), accepted);
            response.setHeader("Upload-Offset", Long.toString(moved.offset()));
            if (moved.complete()) {
                response.setHeader("Bimtek-Sha256", moved.sha256());
            }
            response.setStatus(204);
        } catch (UploadException e) {
            throw e;
        } catch (IOException e) {
            // The client went away mid-chunk: what arrived is kept, and it resumes from there with HEAD.
            LOG.debug("Upload {} interrupted: {}", upload.id(), e.toString());
        }
    }

    private static Uploads.Checksum checksum(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split(" ");
        if (parts.length != 2 || !Uploads.Checksum.ALGORITHMS.containsKey(parts[0])) {
            throw new UploadException(400, "checksum_algorithm", "Upload-Checksum harus '<sha1|sha256|md5> <base64>'.", -1);
        }
        try {
            return new Uploads.Checksum(parts[0], Base64.getDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new UploadException(400, "checksum_format", "Nilai Upload-Checksum bukan base64.", -1);
        }
    }

    private static long headerNumber(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UploadException(400, "bad_header", "Header " + name + " harus berupa angka.", -1);
        }
    }

    /** tus Upload-Metadata: comma-separated {@code key base64(value)} pairs. */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", 2);
            try {
                values.put(parts[0], parts.length < 2 ? "" : new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new UploadException(400, "bad_metadata", "Upload-Metadata '" + parts[0] + "' bukan base64.", -1);
            }
        }
        return values;
    }

    /**
     * A client's file name kept only to show it back: the last path segment, no control or quote characters, at most
     * 120 characters. Files on disk never use it.
     */
    public static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return null;
        }
        return last.length() > 120 ? last.substring(last.length() - 120) : last;
    }

    static Map<String, Object> view(Upload upload) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", upload.id());
        view.put("taskId", upload.taskId());
        view.put("fileName", upload.fileName());
        view.put("length", upload.length());
        view.put("offset", upload.offset());
        view.put("complete", upload.complete());
        view.put("kind", upload.kind() == null ? null : upload.kind().name());
        view.put("sha256", upload.sha256());
        return view;
    }

    private static void refuse(HttpServletResponse response, UploadException e) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (e.offset() >= 0) {
            response.setHeader("Upload-Offset", Long.toString(e.offset()));
        }
        if (e.status() == 413 || e.status() == 415) {
            // The unread rest of a refused body is not worth waiting for.
            response.setHeader("Connection", "close");
        }
        RestServlet.writeJson(response, e.status(), Json.error(e.code(), e.getMessage(), null));
        response.flushBuffer();
    }
}
