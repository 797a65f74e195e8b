package org.bimtek.api.identity;

import java.time.Instant;
import java.util.Set;

/** A user account. The password hash never leaves the identity bundle. */
public record User(long id, String username, String displayName, Set<Role> roles, boolean active, Instant createdAt) {

    public User {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
    }
}
