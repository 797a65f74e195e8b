package org.bimtek.identity.internal;

import java.util.List;
import java.util.Set;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
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

    /**
     * A demo account. Its password is public (the README lists it), so its Argon2id hash is
     * made once and kept here: hashing three passwords in a JVM that has just started cost
     * most of a second on the first start, on the way to the first page.
     */
    record Demo(String username, String password, String passwordHash, String displayName, Role role) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "bimtek-admin",
                    "$argon2id$v=19$m=19456,t=2,p=1$rkR9ph8kLfSNDxssnFIGvw$cAXMEkyyRlG3mbeI0AX2wZoXbQaGjbxlXAuJXbqA5UQ",
                    "Admin Diskominfo", Role.ADMIN),
            new Demo("instruktur", "bimtek-instruktur",
                    "$argon2id$v=19$m=19456,t=2,p=1$cpVbnZNz7SIMzKBfPD/pKQ$VkG7cplH7N85UGReVJs+uq+gwv+hcCIp7LvCN4TaSQU",
                    "Andi Pratama", Role.INSTRUCTOR),
            new Demo("peserta", "bimtek-peserta",
                    "$argon2id$v=19$m=19456,t=2,p=1$cj9pUdPKfxXk0ZU0FZKu2Q$BsJn+OQnxmQkS4X/Gh4aH02uWUYxoa6d6x6ZiOERVXY",
                    "Siti Rahmawati", Role.TRAINEE),
            // The registry's demo data attaches this supervisor to Kecamatan Samarinda Ulu.
            new Demo("pengawas", "bimtek-pengawas",
                    "$argon2id$v=19$m=19456,t=2,p=1$4/vjqk90WCWDzAx6yFCCYw$1Oxwm3CY5HXJYnh5HJGmWOr5y3tglHYZCtqMS9OT5+I",
                    "Camat Samarinda Ulu", Role.SUPERVISOR));

    private DemoAccounts() {
    }

    static void seed(UserServiceImpl users, AuditLog audit) {
        if (!isDemoMode()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.createWithHash(demo.username(), demo.displayName(), Set.of(demo.role()), demo.passwordHash());
                audit.record(AuditLog.SYSTEM, "user.create", "user:" + demo.username(), "demo account, role " + demo.role());
                LOG.info("Demo account created: {} ({})", demo.username(), demo.role());
            }
        }
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
