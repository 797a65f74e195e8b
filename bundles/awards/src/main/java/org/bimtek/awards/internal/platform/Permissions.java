package org.bimtek.awards.internal.platform;

import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;

/** Role checks shared by the REST API and the pages, so that both refuse the same things with the same words. */
public final class Permissions {

    private Permissions() {
    }

    public static void requireAdmin(User user, String what) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw ApiException.forbidden("Hanya admin Diskominfo yang dapat " + what + ".");
        }
    }

    public static boolean isAdmin(User user) {
        return user != null && user.hasRole(Role.ADMIN);
    }

    public static boolean isSupervisor(User user) {
        return user != null && user.hasRole(Role.SUPERVISOR);
    }
}
