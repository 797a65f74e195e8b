package org.bimtek.api.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** The user accounts. */
@ProviderType
public interface UserService {

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the username or password is not acceptable,
     *         with a message meant for the person who typed it
     * @throws IllegalStateException when the username is taken
     */
    User create(String username, String displayName, Set<Role> roles, char[] password);

    Optional<User> find(long id);

    Optional<User> findByUsername(String username);

    List<User> list();

    /** Sets a new password; used by the shell and by an administrator's reset. */
    void setPassword(String username, char[] password);
}
