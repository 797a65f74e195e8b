package org.bimtek.modules.internal;

import javax.servlet.Servlet;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/modules}: list, upload ({@code POST}, the jar as body or multipart) and remove, for administrators. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-modules-api")
@HttpWhiteboardServletPattern({"/api/modules", "/api/modules/*"})
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024)
public final class ModulesApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ModulesApiServlet(@Reference SessionService sessions, @Reference ModuleManager modules) {
        super(sessions);
        get("/api/modules", call -> modules.list()).roles(Role.ADMIN);
        post("/api/modules", call -> {
            ModuleInfo installed = modules.install(Uploads.read(call.request(), modules), call.user().username());
            call.status(201);
            return installed;
        }).roles(Role.ADMIN);
        delete("/api/modules/{symbolicName}", call -> {
            modules.remove(call.path("symbolicName"), call.user().username(), Boolean.parseBoolean(call.query("confirm", "false")),
                    java.util.Locale.forLanguageTag("id"));
            return null;
        }).roles(Role.ADMIN);
    }
}
