package org.bimtek.certification.internal.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.http.Json;
import org.bimtek.api.storage.Database;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The revocation status list every credential points to (W3C Bitstring Status List): a
 * {@code BitstringStatusListCredential} signed like the certificates, built from the database on request so that
 * every node publishes the same list. Revoked and superseded certificates have their bit set.
 */
@Component(service = StatusLists.class)
public final class StatusLists {

    private final Database database;
    private final SigningKeys keys;
    private final CertificationSettings settings;

    @Activate
    public StatusLists(@Reference Database database, @Reference SigningKeys keys, @Reference CertificationSettings settings) {
        this.database = database;
        this.keys = keys;
        this.settings = settings;
    }

    /** The signed status list credential, a compact JWS. */
    public String revocationList() {
        BitSet withdrawn = database.withConnection(CertificateStore::withdrawn);
        int size = database.withConnection(CertificateStore::highestStatusIndex) + 1;
        String base = settings.baseUrl();
        String url = base + OpenBadge.STATUS_LIST_PATH;
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", StatusList.encode(withdrawn, size));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(OpenBadge.VC_CONTEXT));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", DidWeb.of(base));
        vc.put("validFrom", now.toString());
        vc.put("credentialSubject", subject);
        vc.put("iss", DidWeb.of(base));
        vc.put("iat", now.getEpochSecond());
        try {
            var key = keys.current();
            return CompactJws.sign(Json.MAPPER.writeValueAsString(vc).getBytes(StandardCharsets.UTF_8), DidWeb.of(base) + "#" + key.kid(),
                    key.privateKey());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
