package org.bimtek.identity.internal.shell;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;

/** {@code bimtek:user-add <username> <role>}: creates an account and prints (or asks for) its password. */
@Service
@Command(scope = "bimtek", name = "user-add", description = "Membuat akun pengguna Bimtek / creates a Bimtek user account")
public class UserAddCommand implements Action {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Argument(index = 0, name = "username", required = true, description = "nama pengguna (huruf kecil, angka, . _ -)")
    String username;

    @Argument(index = 1, name = "role", required = true, description = "TRAINEE, INSTRUCTOR, ADMIN atau SUPERVISOR")
    String role;

    @Option(name = "--name", aliases = "-n", description = "nama lengkap yang ditampilkan")
    String displayName;

    @Option(name = "--ask", aliases = "-a", description = "tanyakan kata sandi alih-alih membuatnya acak")
    boolean ask;

    @Reference
    UserService users;

    @Reference
    AuditLog audit;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Role parsed;
        try {
            parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            session.getConsole().println("Peran tidak dikenal: " + role + ". Pilih TRAINEE, INSTRUCTOR, ADMIN atau SUPERVISOR.");
            return null;
        }
        char[] password = ask ? askTwice() : generate();
        if (password == null) {
            return null;
        }
        try {
            User user = users.create(username, displayName, Set.of(parsed), password);
            audit.record("shell", "user.create", "user:" + user.id(), "role " + parsed);
            session.getConsole().println("Pengguna dibuat: " + user.username() + " (" + parsed + ")");
            if (!ask) {
                session.getConsole().println("Kata sandi: " + new String(password));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }

    private char[] askTwice() throws java.io.IOException {
        String first = session.readLine("Kata sandi: ", '*');
        String second = session.readLine("Ulangi kata sandi: ", '*');
        if (first == null || !first.equals(second)) {
            session.getConsole().println("Kedua kata sandi tidak sama; pengguna tidak dibuat.");
            return null;
        }
        return first.toCharArray();
    }

    public static char[] generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
