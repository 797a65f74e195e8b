package org.bimtek.registry.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;
import org.bimtek.registry.internal.Inputs.DecreeInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/decrees}: list ({@code ?q=&unit=&status=&person=&expiring=true}), get,
 * create (optionally {@code supersedes} an older SK), update (revoke with
 * {@code status: REVOKED}), and the scan: {@code PUT /api/decrees/{id}/document} with
 * {@code Content-Type: application/pdf}, {@code GET} it back as an attachment.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-decrees")
@HttpWhiteboardServletPattern({"/api/decrees", "/api/decrees/*"})
public final class DecreesApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient DecreeService decrees;
    private final transient DecreeDocuments documents;
    private final transient UnitService units;
    private final transient Scopes scopes;

    @Activate
    public DecreesApiServlet(@Reference SessionService sessions, @Reference DecreeService decrees, @Reference DecreeDocuments documents,
            @Reference UnitService units, @Reference Scopes scopes) {
        super(sessions);
        this.decrees = decrees;
        this.documents = documents;
        this.units = units;
        this.scopes = scopes;
        get("/api/decrees", this::list).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/decrees/{id}", call -> decrees.detail(scope(call), id(call))).roles(Role.ADMIN, Role.SUPERVISOR);
        post("/api/decrees", call -> {
            Decree created = decrees.create(scope(call), call.body(DecreeInput.class));
            call.status(201);
            return Views.decree(created, units.tree());
        }).roles(Role.ADMIN, Role.SUPERVISOR);
        put("/api/decrees/{id}", call -> Views.decree(decrees.update(scope(call), id(call), call.body(DecreeInput.class)), units.tree()))
                .roles(Role.ADMIN, Role.SUPERVISOR);
        put("/api/decrees/{id}/document", this::upload).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/decrees/{id}/document", this::download).roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private Object list(Call call) {
        Scope scope = scope(call);
        Long unit = RegistryCalls.unitFilter(call, scope);
        Boolean expiring = RegistryCalls.optionalBoolean(call, "expiring");
        DecreeStore.Filter filter = new DecreeStore.Filter(unit == null ? null : decrees.subtree(unit), Text.clean(call.query("q", null)),
                RegistryCalls.optionalChoice(call, "status", DecreeStatus.class),
                Boolean.TRUE.equals(expiring) ? DecreeService.EXPIRING_DAYS : null, RegistryCalls.optionalLong(call, "person"));
        UnitTree tree = units.tree();
        return Views.page(decrees.list(scope, filter, Paging.of(call)), d -> Views.decree(d, tree));
    }

    private Object upload(Call call) throws Exception {
        Decree decree = decrees.get(scope(call), id(call));
        String type = call.request().getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
            throw new ApiException(415, "unsupported_media_type", "Kirim berkas SK sebagai isi permintaan dengan Content-Type: application/pdf.", null);
        }
        byte[] pdf;
        try (InputStream in = call.request().getInputStream()) {
            pdf = documents.read(in, call.request().getContentLengthLong());
        }
        return documents.store(call.user().username(), decree.id(), pdf);
    }

    private Object download(Call call) throws Exception {
        Decree decree = decrees.get(scope(call), id(call));
        Path file = documents.file(decree.id()).orElseThrow(() -> ApiException.notFound("SK ini belum memiliki berkas."));
        HttpServletResponse response = call.response();
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"SK-" + decree.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"");
        response.setContentLengthLong(Files.size(file));
        if (!"HEAD".equals(call.request().getMethod())) {
            Files.copy(file, response.getOutputStream());
        }
        return WRITTEN;
    }

    private Scope scope(Call call) {
        return scopes.of(call.user());
    }

    private static long id(Call call) {
        return RegistryCalls.id(call, "id", DecreeService.NOT_FOUND);
    }
}
