package org.bimtek.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.identity.LoginException;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sessions kept in the database, so that they survive a restart and any node behind a
 * load balancer can serve them. The browser holds a 256-bit random token; the table
 * holds its SHA-256.
 */
@Component(service = SessionService.class)
public final class SessionServiceImpl implements SessionService {

    static final Duration LIFETIME = Duration.ofDays(7);
    /**
     * How long a looked-up session is trusted without asking the database again. Every
     * page and API call needs the session; without this cache that is three queries a
     * request. The price: a logout or deactivation made on another node takes effect
     * here within this time (on this node, at once).
     */
    static final Duration CACHE_TIME = Duration.ofSeconds(10);
    private static final int CACHE_LIMIT = 50_000;
    private static final String WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah.";
    // Checked against when the username is unknown, so that the answer takes as long as for a real one.
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password".toCharArray());

    private final Database database;
    private final AuditLog audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(Session session, long loadedAt) {
    }

    /**
     * The user service is referenced only for its activation: that is when the demo accounts
     * are created, and no login (nor any page or API, all of which need sessions) should be
     * possible before.
     */
    @Activate
    public SessionServiceImpl(@Reference Database database, @Reference AuditLog audit, @Reference UserService users,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.identity)") Schema schema) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public Session login(String username, char[] password, String clientAddress) throws LoginException {
        try {
            return checkAndOpen(username, password, clientAddress);
        } catch (PasswordHasher.Busy e) {
            throw new LoginException("Server sedang melayani banyak peserta yang masuk bersamaan. Coba lagi dalam "
                    + PasswordHasher.MAX_WAIT.toSeconds() / 4 + " detik.", LoginException.Reason.BUSY, PasswordHasher.MAX_WAIT.dividedBy(4));
        }
    }

    private Session checkAndOpen(String username, char[] password, String clientAddress) throws LoginException {
        String name = UserServiceImpl.normalise(username);
        Instant now = Instant.now();
        Optional<UserStore.Credentials> found = database.withConnection(c -> UserStore.byUsername(c, name));
        if (found.isEmpty() || !found.get().user().active()) {
            hasher.verify(password, DUMMY_HASH);
            audit.record(name, "auth.login_failed", "user:" + name, "unknown or inactive account; from " + clientAddress);
            throw new LoginException(WRONG_CREDENTIALS, LoginException.Reason.WRONG_CREDENTIALS, Duration.ZERO);
        }
        UserStore.Credentials credentials = found.get();
        User user = credentials.user();
        if (credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(now)) {
            Duration wait = Duration.between(now, credentials.lockedUntil());
            audit.record(name, "auth.login_throttled", "user:" + user.id(), "from " + clientAddress);
            throw new LoginException("Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam "
                    + LoginThrottle.inWords(wait) + ".", LoginException.Reason.THROTTLED, wait);
        }
        if (!hasher.verify(password, credentials.passwordHash())) {
            int failures = credentials.failedLogins() + 1;
            Duration delay = LoginThrottle.delayAfter(failures);
            database.withConnection(c -> {
                UserStore.recordFailure(c, user.id(), failures, delay.isZero() ? null : now.plus(delay));
                return null;
            });
            audit.record(name, "auth.login_failed", "user:" + user.id(), "wrong password (" + failures + " in a row); from " + clientAddress);
            String message = delay.isZero() ? WRONG_CREDENTIALS
                    : WRONG_CREDENTIALS + " Karena " + failures + " kali gagal berturut-turut, akun ini diperlambat: coba lagi dalam "
                            + LoginThrottle.inWords(delay) + ".";
            throw new LoginException(message, LoginException.Reason.WRONG_CREDENTIALS, delay);
        }
        String token = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(LIFETIME);
        database.inTransaction(c -> {
            if (credentials.failedLogins() > 0) {
                UserStore.recordFailure(c, user.id(), 0, null);
            }
            SessionStore.deleteExpired(c, now);
            SessionStore.insert(c, sha256(token), user.id(), csrf, now, expires, clientAddress);
            return null;
        });
        audit.record(name, "auth.login", "user:" + user.id(), "from " + clientAddress);
        return new Session(token, user, csrf, expires);
    }

    @Override
    public Optional<Session> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && now - cached.loadedAt() < CACHE_TIME.toNanos() && cached.session().expiresAt().isAfter(Instant.now())) {
            return Optional.of(cached.session());
        }
        Optional<Session> found = load(token, hash);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        found.ifPresentOrElse(s -> cache.put(hash, new Cached(s, now)), () -> cache.remove(hash));
        return found;
    }

    private Optional<Session> load(String token, String hash) {
        return database.withConnection(c -> {
            Optional<SessionStore.Row> row = SessionStore.find(c, hash);
            if (row.isEmpty()) {
                return Optional.<Session>empty();
            }
            if (row.get().expiresAt().isBefore(Instant.now())) {
                SessionStore.delete(c, hash);
                return Optional.<Session>empty();
            }
            return UserStore.byId(c, row.get().userId())
                    .map(UserStore.Credentials::user)
                    .filter(User::active)
                    .map(user -> new Session(token, user, row.get().csrfToken(), row.get().expiresAt()));
        });
    }

    @Override
    public void logout(String token) {
        Optional<Session> session = find(token);
        if (session.isEmpty()) {
            return;
        }
        cache.remove(sha256(token));
        database.withConnection(c -> SessionStore.delete(c, sha256(token)));
        User user = session.get().user();
        audit.record(user.username(), "auth.logout", "user:" + user.id(), null);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
