package org.bimtek.registry.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides a user's scope, and keeps which unit each SUPERVISOR account administers. The
 * link lives here, not in identity: a unit is a registry notion.
 */
@Component(service = Scopes.class)
public final class Scopes {

    static final String NOT_ASSIGNED = "Akun pengawas Anda belum ditautkan ke unit mana pun. Hubungi admin Diskominfo.";

    private final Database database;
    private final UserService users;
    private final AuditLog audit;

    @Activate
    public Scopes(@Reference Database database, @Reference UserService users, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
        this.users = users;
        this.audit = audit;
    }

    /** ADMIN: everything; SUPERVISOR: the attached unit's subtree; anyone else: refused. */
    Scope of(User user) {
        if (user.hasRole(Role.ADMIN)) {
            return Scope.all(user.username());
        }
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw ApiException.forbidden("Anda tidak berhak melakukan ini.");
        }
        return database.withConnection(c -> {
            Optional<Long> unit = Sql.one(c, "SELECT unit_id FROM registry_supervisor WHERE user_id = ?", rs -> rs.getLong(1), user.id());
            if (unit.isEmpty()) {
                throw ApiException.forbidden(NOT_ASSIGNED);
            }
            return new Scope(user.username(), unit.get(), UnitStore.tree(c).subtreeIds(unit.get()));
        });
    }

    /** user id -> unit id of every supervisor link. */
    Map<Long, Long> assignments() {
        return database.withConnection(c -> {
            Map<Long, Long> links = new LinkedHashMap<>();
            for (long[] row : Sql.list(c, "SELECT user_id, unit_id FROM registry_supervisor ORDER BY user_id",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                links.put(row[0], row[1]);
            }
            return links;
        });
    }

    /** Attaches a SUPERVISOR account to a unit ({@code unitId} null detaches it). */
    Map<String, Object> assign(String actor, long userId, Long unitId) {
        User user = users.find(userId).orElseThrow(() -> ApiException.notFound("Pengguna tidak ditemukan."));
        if (unitId != null && !user.hasRole(Role.SUPERVISOR)) {
            throw ApiException.badRequest("not_a_supervisor", "Pengguna " + user.username() + " tidak memiliki peran SUPERVISOR.",
                    Map.of("userId", "pengguna harus berperan SUPERVISOR"));
        }
        Long before = assignments().get(userId);
        database.inTransaction(c -> {
            if (unitId != null) {
                Unit unit = UnitStore.tree(c).get(unitId).orElseThrow(() -> ApiException.badRequest("validation_failed",
                        "Unit tidak ditemukan.", Map.of("unitId", "unit tidak ditemukan")));
                if (Sql.update(c, "UPDATE registry_supervisor SET unit_id = ?, assigned_at = ? WHERE user_id = ?",
                        unit.id(), Instant.now(), userId) == 0) {
                    Sql.update(c, "INSERT INTO registry_supervisor (user_id, unit_id, assigned_at) VALUES (?, ?, ?)",
                            userId, unit.id(), Instant.now());
                }
            } else {
                Sql.update(c, "DELETE FROM registry_supervisor WHERE user_id = ?", userId);
            }
            return null;
        });
        Audit.change(audit, actor, "registry.supervisor.assign", "user:" + userId, before, unitId);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("userId", userId);
        result.put("username", user.username());
        result.put("unitId", unitId);
        return result;
    }

    List<User> supervisors() {
        return users.list().stream().filter(u -> u.hasRole(Role.SUPERVISOR)).toList();
    }
}
