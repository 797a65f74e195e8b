package org.bimtek.identity.internal;

import java.util.List;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code BIMTEK_DEMO=1}, or the system property {@code bimtek.demo=true}):
 * creates the three demo accounts on the first start, and only those that are missing
 * on later ones. Without demo mode no account has a known password. Run while the user
 * service activates, before any login is possible, so that the demo accounts exist as
 * soon as the login page answers.
 */
final class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String password, String displayName, Role role) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "bimtek-admin", "Admin Diskominfo", Role.ADMIN),
            new Demo("instruktur", "bimtek-instruktur", "Andi Pratama", Role.INSTRUCTOR),
            new Demo("peserta", "bimtek-peserta", "Siti Rahmawati", Role.TRAINEE));

    private DemoAccounts() {
    }

    static void seed(UserService users, AuditLog audit) {
        if (!isDemoMode()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.create(demo.username(), demo.displayName(), Set.of(demo.role()), demo.password().toCharArray());
                audit.record(AuditLog.SYSTEM, "user.create", "user:" + demo.username(), "demo account, role " + demo.role());
                LOG.info("Demo account created: {} ({})", demo.username(), demo.role());
            }
        }
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
