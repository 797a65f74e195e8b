package org.bimtek.api.identity;

import java.time.Instant;

/**
 * A server-side login session. {@code token} is the secret the browser holds in its
 * cookie; it is only known right after login (the database keeps a hash of it).
 * {@code csrfToken} must accompany every state-changing request made with it.
 */
public record Session(String token, User user, String csrfToken, Instant expiresAt) {
}
