package org.bimtek.api.certification;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs credentials with the issuer's keys, as certificates are signed: a module that awards something (the best
 * social-media manager) issues a Verifiable Credential that the same JWKS, did:web document and {@code POST /api/verify}
 * check.
 */
@ProviderType
public interface CredentialSigner {

    /** The issuer's identifier ({@code did:web:...}), for a credential's {@code issuer}. */
    String issuerId();

    /** The public base URL of this server, no trailing slash, for links in a credential. */
    String baseUrl();

    /** Signs {@code credential} (a VC 2.0 JSON object, with an {@code id}) as a VC-JWT; returns the compact JWS. */
    String sign(Map<String, Object> credential);
}
