package org.bimtek.api.identity;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Login, logout and looking up the session behind a cookie. Sessions live in the database. */
@ProviderType
public interface SessionService {

    /** The name of the HttpOnly cookie that carries the session token. */
    String COOKIE_NAME = "BIMTEK_SESSION";

    /** The header a client sends the CSRF token in. */
    String CSRF_HEADER = "X-CSRF-Token";

    /** The form field a server-rendered form sends the CSRF token in. */
    String CSRF_FIELD = "_csrf";

    /**
     * Checks the password and opens a session.
     *
     * @param clientAddress recorded in the audit log
     * @throws LoginException when the credentials are wrong or the account is being slowed down
     */
    Session login(String username, char[] password, String clientAddress) throws LoginException;

    /** The live session for a cookie token, if any; extends it when it is in use. */
    Optional<Session> find(String token);

    /** Ends the session; a token that is unknown or already ended is ignored. */
    void logout(String token);
}
