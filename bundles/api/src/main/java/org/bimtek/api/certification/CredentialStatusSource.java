package org.bimtek.api.certification;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module that issues credentials through {@link CredentialSigner} registers one of these, so that verification can
 * say whether a signed credential it finds is still good.
 */
@ConsumerType
public interface CredentialStatusSource {

    /** What the module knows of the credential with this id, or empty when it did not issue it. */
    Optional<CredentialStatus> status(String credentialId);

    /**
     * @param valid whether it stands
     * @param status a word such as VALID or REVOKED
     * @param message the status for a person to read, in Indonesian
     * @param summary what the credential is, e.g. "Pengelola Medsos Terbaik 2026: Juara 1, Siti Rahmawati"
     */
    record CredentialStatus(boolean valid, String status, String message, String summary) {
    }
}
