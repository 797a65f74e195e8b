package org.bimtek.certification.internal.credential;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * VC-JWT as a compact JWS signed with EdDSA/Ed25519 (RFC 7515, RFC 8037).
 *
 * <p>Verification is deliberately narrow: exactly one algorithm, no header extensions, strict
 * base64url and strict JSON. Every leniency is a way for a forged token to be read differently
 * by us and by someone else.
 */
public final class CompactJws {

    /** Tokens are certificates of a few KiB; the cap keeps hostile input from costing much. */
    static final int MAX_TOKEN_LENGTH = 64 * 1024;

    private static final String ALG = "EdDSA";
    private static final String TYP = "vc+jwt";
    private static final int SIGNATURE_LENGTH = 64;

    /** Duplicate keys would let {@code {"alg":"EdDSA","alg":"none"}} mean different things to different parsers. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public enum Outcome { VALID, MALFORMED, UNSUPPORTED_ALGORITHM, UNKNOWN_KEY, BAD_SIGNATURE }

    /**
     * @param header the protected header, or null if it did not decode to a JSON object
     * @param payload the claims, or null if they did not decode to a JSON object; also set for a
     *     bad signature so a caller can report which credential a tampered token claims to be
     */
    public record Verification(Outcome outcome, JsonNode header, JsonNode payload) {
        public boolean isValid() {
            return outcome == Outcome.VALID;
        }
    }

    private CompactJws() {
    }

    /**
     * @param payload UTF-8 JSON object, signed exactly as given
     * @throws IllegalArgumentException if the payload is not a JSON object (it would never
     *     verify) or the key is not an Ed25519 private key
     */
    public static String sign(byte[] payload, String kid, PrivateKey key) {
        if (kid == null) {
            throw new IllegalArgumentException("kid is required");
        }
        if (parseObject(payload) == null) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", ALG);
        header.put("kid", kid);
        header.put("typ", TYP);
        try {
            return signWithHeader(JSON.writeValueAsBytes(header), payload, key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a map of strings", e);
        }
    }

    /** Signs under an arbitrary header; package-private so tests can build RFC vectors and hostile headers. */
    static String signWithHeader(byte[] header, byte[] payload, PrivateKey key) {
        String signingInput = Base64Url.encode(header) + "." + Base64Url.encode(payload);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64Url.encode(signer.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no Ed25519 (SunEC missing?)", e);
        } catch (SignatureException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Never throws for bad input: every defect of the token is reported as an {@link Outcome}. */
    public static Verification verify(String token, Function<String, Optional<PublicKey>> keyByKid) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new Verification(Outcome.MALFORMED, null, null);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return new Verification(Outcome.MALFORMED, null, null);
        }
        byte[] headerBytes;
        byte[] payloadBytes;
        byte[] signature;
        try {
            headerBytes = Base64Url.decode(parts[0]);
            payloadBytes = Base64Url.decode(parts[1]);
            signature = Base64Url.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Verification(Outcome.MALFORMED, null, null);
        }
        JsonNode header = parseObject(headerBytes);
        JsonNode payload = parseObject(payloadBytes);
        if (header == null || payload == null) {
            return new Verification(Outcome.MALFORMED, header, payload);
        }

        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual() || !ALG.equals(alg.textValue()) || header.has("crit")) {
            return new Verification(Outcome.UNSUPPORTED_ALGORITHM, header, payload);
        }
        JsonNode kid = header.get("kid");
        Optional<PublicKey> key = kid != null && kid.isTextual() ? keyByKid.apply(kid.textValue()) : null;
        if (key == null || key.isEmpty()) {
            return new Verification(Outcome.UNKNOWN_KEY, header, payload);
        }
        String signingInput = parts[0] + "." + parts[1];
        boolean valid = signature.length == SIGNATURE_LENGTH && verifies(signingInput, signature, key.get());
        return new Verification(valid ? Outcome.VALID : Outcome.BAD_SIGNATURE, header, payload);
    }

    private static boolean verifies(String signingInput, byte[] signature, PublicKey key) {
        try {
            // "Ed25519", not "EdDSA": a key of another curve (Ed448) is refused at initVerify.
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no Ed25519 (SunEC missing?)", e);
        }
    }

    /** The object, or null for anything else: invalid UTF-8, invalid JSON, duplicates, arrays, scalars. */
    private static JsonNode parseObject(byte[] json) {
        if (json == null || json.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
