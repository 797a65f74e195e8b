package org.bimtek.events.internal.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;

/** Accounts in memory. */
public final class FakeUsers implements UserService {

    private final Map<Long, User> users = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    public User add(String username, Role... roles) {
        User user = new User(nextId.getAndIncrement(), username, "Nama " + username, Set.of(roles), true, Instant.EPOCH);
        users.put(user.id(), user);
        return user;
    }

    @Override
    public User create(String username, String displayName, Set<Role> roles, char[] password) {
        return add(username, roles.toArray(new Role[0]));
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> list() {
        return List.copyOf(users.values());
    }

    @Override
    public void setPassword(String username, char[] password) {
    }
}
