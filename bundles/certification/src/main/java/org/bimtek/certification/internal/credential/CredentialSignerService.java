package org.bimtek.certification.internal.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bimtek.api.certification.CredentialSigner;
import org.bimtek.api.http.Json;
import org.bimtek.certification.internal.CertificationSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Other modules' credentials signed with the certificates' keys, so that one JWKS, one did:web document and one
 * {@code POST /api/verify} serve them all. The credential gets the same JWT claims as a certificate's.
 */
@Component(service = CredentialSigner.class)
public final class CredentialSignerService implements CredentialSigner {

    private final SigningKeys keys;
    private final CertificationSettings settings;

    @Activate
    public CredentialSignerService(@Reference SigningKeys keys, @Reference CertificationSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    public String issuerId() {
        return DidWeb.of(settings.baseUrl());
    }

    @Override
    public String baseUrl() {
        return settings.baseUrl();
    }

    @Override
    public String sign(Map<String, Object> credential) {
        Object id = credential.get("id");
        if (!(id instanceof String) || ((String) id).isBlank()) {
            throw new IllegalArgumentException("A credential to sign needs an id");
        }
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        payload.putIfAbsent("iss", issuerId());
        payload.putIfAbsent("jti", id);
        payload.putIfAbsent("iat", java.time.Instant.now().getEpochSecond());
        KeyDirectory.StoredKey key = keys.current();
        try {
            return CompactJws.sign(Json.MAPPER.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8), issuerId() + "#" + key.kid(),
                    key.privateKey());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A credential to sign must be JSON", e);
        }
    }
}
