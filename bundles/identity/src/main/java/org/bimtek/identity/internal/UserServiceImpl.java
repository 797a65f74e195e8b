package org.bimtek.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.api.storage.StorageException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    private final Database database;
    private final PasswordHasher hasher = new PasswordHasher();

    @Activate
    public UserServiceImpl(@Reference Database database, @Reference AuditLog audit,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.identity)") Schema schema) {
        this.database = database;
        DemoAccounts.seed(this, audit);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("Kata sandi minimal " + MIN_PASSWORD + " karakter.");
        }
        if (password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("Kata sandi maksimal " + MAX_PASSWORD + " karakter.");
        }
    }

    @Override
    public User create(String username, String displayName, Set<Role> roles, char[] password) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Nama pengguna harus 3-64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Pengguna memerlukan setidaknya satu peran.");
        }
        checkPassword(password);
        return createWithHash(name, displayName, roles, hasher.hash(password));
    }

    /** Creates an account whose password hash is already made (the demo accounts). */
    User createWithHash(String username, String displayName, Set<Role> roles, String hash) {
        String name = normalise(username);
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        try {
            long id = database.inTransaction(c -> UserStore.insert(c, name, display, hash, roles, Instant.now()));
            return find(id).orElseThrow();
        } catch (StorageException e) {
            if (e.isConstraintViolation()) {
                throw new IllegalStateException("Nama pengguna '" + name + "' sudah dipakai.");
            }
            throw e;
        }
    }

    @Override
    public Optional<User> find(long id) {
        return database.withConnection(c -> UserStore.byId(c, id)).map(UserStore.Credentials::user);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return database.withConnection(c -> UserStore.byUsername(c, normalise(username))).map(UserStore.Credentials::user);
    }

    @Override
    public List<User> list() {
        return database.withConnection(UserStore::all);
    }

    @Override
    public void setPassword(String username, char[] password) {
        checkPassword(password);
        User user = findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("Pengguna '" + username + "' tidak ditemukan."));
        String hash = hasher.hash(password);
        database.withConnection(c -> {
            UserStore.setPasswordHash(c, user.id(), hash);
            return null;
        });
    }
}
