package org.bimtek.registry.internal;

import java.io.InputStream;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code POST /api/import/{units|people|decrees|accounts}?dryRun=true|false} with the CSV as
 * the body ({@code text/csv}) or as a multipart file, and {@code GET /api/export/{kind}.csv}.
 * {@code dryRun} defaults to true: writing takes an explicit {@code false}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-import")
@HttpWhiteboardServletPattern({"/api/import/*", "/api/export/*"})
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024, maxFileSize = Importer.MAX_BYTES)
public final class ImportExportApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient Importer importer;
    private final transient Scopes scopes;

    @Activate
    public ImportExportApiServlet(@Reference SessionService sessions, @Reference Importer importer, @Reference Scopes scopes) {
        super(sessions);
        this.importer = importer;
        this.scopes = scopes;
        post("/api/import/{kind}", this::importFile).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/export/{file}", this::export).roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private Object importFile(Call call) throws Exception {
        Scope scope = scopes.of(call.user());
        importer.kind(call.path("kind"));
        Boolean dryRun = RegistryCalls.optionalBoolean(call, "dryRun");
        ImportReport report = importer.run(scope, call.path("kind"), csv(call.request()), dryRun == null || dryRun);
        if (!report.isDryRun() && !report.isApplied()) {
            throw ApiException.badRequest("import_invalid", "Impor ditolak: " + report.getErrors().size()
                    + " kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor lagi.", report);
        }
        return report;
    }

    /** The CSV bytes, from a multipart form's file or from the raw body, never more than the limit. */
    static byte[] csv(HttpServletRequest request) throws Exception {
        if (request.getContentLengthLong() > Importer.MAX_BYTES + 64 * 1024) {
            throw tooLarge();
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            try {
                for (Part part : request.getParts()) {
                    if (part.getSubmittedFileName() != null) {
                        try (InputStream in = part.getInputStream()) {
                            return limited(in);
                        }
                    }
                }
            } catch (javax.servlet.ServletException | IllegalStateException e) {
                throw tooLarge();
            }
            throw ApiException.badRequest("no_file", "Tidak ada berkas CSV dalam formulir.");
        }
        if (type.startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "Kirim CSV sebagai isi permintaan (Content-Type: text/csv) atau sebagai formulir multipart.", null);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] csv = limited(in);
            if (csv.length == 0) {
                throw ApiException.badRequest("no_file", "Isi permintaan kosong; kirim berkas CSV.");
            }
            return csv;
        }
    }

    private static byte[] limited(InputStream in) throws java.io.IOException {
        byte[] bytes = in.readNBytes(Importer.MAX_BYTES + 1);
        if (bytes.length > Importer.MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Berkas CSV terlalu besar (maksimum " + Importer.MAX_BYTES / (1024 * 1024) + " MB).", null);
    }

    private Object export(Call call) throws Exception {
        String file = call.path("file");
        if (!file.endsWith(".csv")) {
            throw ApiException.notFound("Ekspor tersedia sebagai /api/export/{units|people|decrees|accounts}.csv");
        }
        String kind = file.substring(0, file.length() - 4);
        byte[] csv = importer.export(scopes.of(call.user()), kind);
        writeCsv(call.response(), kind + ".csv", csv);
        return WRITTEN;
    }

    static void writeCsv(HttpServletResponse response, String fileName, byte[] csv) throws java.io.IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
