package org.bimtek.certification.internal.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.bimtek.api.certification.CredentialStatusSource;
import org.bimtek.api.storage.Database;
import org.bimtek.certification.internal.credential.CompactJws;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.bimtek.certification.internal.issue.Issuer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Verification by code (the QR's page) and by signed credential (anyone holding the JWT). */
@Component(service = Verifier.class)
public final class Verifier {

    private final Database database;
    private final SigningKeys keys;
    private final Issuer issuer;
    /** Modules that issue credentials of their own with our keys (awards) and say how those stand. */
    private final List<CredentialStatusSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(CredentialStatusSource source) {
        sources.add(source);
    }

    void removeSource(CredentialStatusSource source) {
        sources.remove(source);
    }

    @Activate
    public Verifier(@Reference Database database, @Reference SigningKeys keys, @Reference Issuer issuer) {
        this.database = database;
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The verdict on a verification code; empty when no certificate has it (or the code is not even well-formed). */
    public Optional<Verdict> byCode(String code) {
        if (code == null || !code.matches("[0-9A-Z]{16}")) {
            return Optional.empty();
        }
        return database.withConnection(c -> CertificateStore.byCode(c, code)).map(c -> Verdict.of(c, issuer.today()));
    }

    /**
     * Checks a compact JWS against our published keys, then the certificate it names. A bad signature is reported as
     * tampered, with what the token claims, and never as valid.
     */
    public Map<String, Object> byCredential(String token) {
        CompactJws.Verification check = CompactJws.verify(token, keys::publicKey);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("signature", check.outcome().name());
        Optional<Certificate> cert = check.isValid() ? certificateOf(check.payload()) : Optional.empty();
        Verdict verdict = cert.map(c -> Verdict.of(c, issuer.today())).orElse(null);
        if (check.isValid() && verdict == null) {
            Optional<CredentialStatusSource.CredentialStatus> other = otherStatus(check.payload());
            if (other.isPresent()) {
                CredentialStatusSource.CredentialStatus status = other.get();
                result.put("valid", status.valid());
                result.put("tampered", false);
                result.put("status", status.status());
                result.put("message", status.message());
                result.put("certificate", null);
                result.put("summary", status.summary());
                return result;
            }
        }
        result.put("valid", verdict != null && verdict.valid());
        result.put("tampered", check.outcome() == CompactJws.Outcome.BAD_SIGNATURE);
        result.put("status", verdict != null ? verdict.status().name() : check.isValid() ? "UNKNOWN" : "INVALID");
        result.put("message", message(check.outcome(), verdict));
        result.put("certificate", verdict);
        return result;
    }

    /** A credential another module issued with our keys, as that module sees it now. */
    private Optional<CredentialStatusSource.CredentialStatus> otherStatus(JsonNode payload) {
        JsonNode id = payload.get("id");
        if (id == null || !id.isTextual()) {
            return Optional.empty();
        }
        for (CredentialStatusSource source : sources) {
            try {
                Optional<CredentialStatusSource.CredentialStatus> status = source.status(id.asText());
                if (status.isPresent()) {
                    return status;
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Verifier.class).warn("A credential status source failed", e);
            }
        }
        return Optional.empty();
    }

    private Optional<Certificate> certificateOf(JsonNode payload) {
        JsonNode id = payload.get("id");
        return id == null || !id.isTextual() ? Optional.empty()
                : database.withConnection(c -> CertificateStore.byCredentialId(c, id.asText()));
    }

    private static String message(CompactJws.Outcome outcome, Verdict verdict) {
        return switch (outcome) {
            case VALID -> verdict == null ? "Tanda tangan sah, tetapi sertifikat ini tidak ada dalam catatan kami." : verdict.statusText();
            case BAD_SIGNATURE -> "Kredensial telah diubah atau dipalsukan: tanda tangannya tidak cocok dengan isinya.";
            case UNKNOWN_KEY -> "Kredensial ini tidak ditandatangani dengan kunci penerbit kami.";
            case UNSUPPORTED_ALGORITHM -> "Algoritma tanda tangan kredensial ini tidak diterima (hanya EdDSA/Ed25519).";
            case MALFORMED -> "Ini bukan kredensial bertanda tangan (JWS ringkas) yang dapat dibaca.";
        };
    }
}
