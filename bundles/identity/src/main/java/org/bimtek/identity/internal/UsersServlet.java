package org.bimtek.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.identity.internal.shell.UserAddCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/users}: administrators list accounts and create them, the same as {@code bimtek:user-add} but over
 * HTTP (for the registry's people, bulk enrolment, and the load benchmarks). Without a password in the request a
 * random one is made and returned once.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-users-api")
@HttpWhiteboardServletPattern({"/api/users", "/api/users/*"})
public final class UsersServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    /** The body of a new account. */
    record NewUser(String username, String displayName, List<String> roles, String password) {
    }

    private final transient UserService users;
    private final transient AuditLog audit;

    @Activate
    public UsersServlet(@Reference SessionService sessions, @Reference UserService users, @Reference AuditLog audit) {
        super(sessions);
        this.users = users;
        this.audit = audit;
        get("/api/users", call -> users.list().stream().map(UsersServlet::describe).toList()).roles(Role.ADMIN);
        post("/api/users", this::create).roles(Role.ADMIN);
    }

    private Object create(Call call) {
        NewUser body = call.body(NewUser.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : body.roles() == null ? List.<String>of() : body.roles()) {
            try {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_role", "Peran tidak dikenal: " + role + ". Pilih dari " + List.of(Role.values()) + ".");
            }
        }
        boolean generated = body.password() == null;
        char[] password = generated ? UserAddCommand.generate() : body.password().toCharArray();
        User user;
        try {
            user = users.create(body.username() == null ? "" : body.username(), body.displayName(), roles, password);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_user", e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.conflict("username_taken", e.getMessage());
        } catch (PasswordHasher.Busy e) {
            throw ApiException.busy("Server sedang sibuk memeriksa kata sandi; coba lagi sebentar lagi.", PasswordHasher.MAX_WAIT.dividedBy(4));
        }
        audit.record(call.user().username(), "user.create", "user:" + user.id(), "roles " + roles);
        Map<String, Object> created = describe(user);
        if (generated) {
            created.put("password", new String(password));
        }
        call.status(201);
        return created;
    }

    private static Map<String, Object> describe(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("username", user.username());
        json.put("displayName", user.displayName());
        json.put("roles", new ArrayList<>(user.roles().stream().map(Enum::name).sorted().toList()));
        json.put("active", user.active());
        return json;
    }
}
