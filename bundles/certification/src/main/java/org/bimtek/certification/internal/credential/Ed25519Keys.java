package org.bimtek.certification.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ed25519 key conversions using only the JDK (SunEC), so the bundle needs no crypto provider.
 *
 * <p>The JDK exposes Ed25519 keys only as DER; JWKs carry the raw 32-byte point. For Ed25519 the
 * DER forms are a fixed prefix followed by the raw bytes, which is all the conversion needs.
 */
public final class Ed25519Keys {

    public static final int RAW_KEY_LENGTH = 32;

    /** SubjectPublicKeyInfo header for id-Ed25519 (OID 1.3.101.112) with a 32-byte BIT STRING. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw missingProvider(e);
        }
    }

    /** @throws IllegalArgumentException if the key is not an Ed25519 public key */
    public static byte[] rawPublic(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der == null || der.length != X509_PREFIX.length + RAW_KEY_LENGTH
                || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(der, X509_PREFIX.length, der.length);
    }

    /** @throws IllegalArgumentException unless {@code raw} is a 32-byte Ed25519 public key */
    public static PublicKey publicFromRaw(byte[] raw) {
        if (raw == null || raw.length != RAW_KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key has exactly 32 bytes");
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_KEY_LENGTH);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, RAW_KEY_LENGTH);
        return publicFromX509(der);
    }

    public static PublicKey publicFromX509(byte[] der) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("invalid Ed25519 public key", e);
        } catch (NoSuchAlgorithmException e) {
            throw missingProvider(e);
        }
    }

    /** RFC 8037 OKP JWK; ordered so the published JWKS is stable and easy to read. */
    public static Map<String, Object> publicJwk(String kid, PublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", Base64Url.encode(rawPublic(key)));
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }

    /** @throws IllegalArgumentException unless the JWK is an OKP Ed25519 key with a valid x */
    public static PublicKey publicFromJwk(JsonNode jwk) {
        if (jwk == null || !jwk.isObject()) {
            throw new IllegalArgumentException("JWK must be a JSON object");
        }
        return publicFromJwk(text(jwk, "kty"), text(jwk, "crv"), text(jwk, "x"));
    }

    /** @throws IllegalArgumentException unless the JWK is an OKP Ed25519 key with a valid x */
    public static PublicKey publicFromJwk(Map<String, ?> jwk) {
        if (jwk == null) {
            throw new IllegalArgumentException("JWK is null");
        }
        return publicFromJwk(text(jwk.get("kty")), text(jwk.get("crv")), text(jwk.get("x")));
    }

    private static PublicKey publicFromJwk(String kty, String crv, String x) {
        if (!"OKP".equals(kty) || !"Ed25519".equals(crv)) {
            throw new IllegalArgumentException("JWK is not an OKP Ed25519 key");
        }
        if (x == null) {
            throw new IllegalArgumentException("JWK has no x");
        }
        return publicFromRaw(Base64Url.decode(x));
    }

    public static String privatePem(PrivateKey key) {
        return Pem.encode("PRIVATE KEY", key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    /** @throws IllegalArgumentException if the text holds no valid Ed25519 PKCS#8 key */
    public static PrivateKey privateFromPem(String pem) {
        return privateFromPkcs8(Pem.decode(pem, "PRIVATE KEY"));
    }

    /** @throws IllegalArgumentException if the text holds no valid Ed25519 public key */
    public static PublicKey publicFromPem(String pem) {
        return publicFromX509(Pem.decode(pem, "PUBLIC KEY"));
    }

    public static PrivateKey privateFromPkcs8(byte[] der) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("invalid Ed25519 private key", e);
        } catch (NoSuchAlgorithmException e) {
            throw missingProvider(e);
        }
    }

    /**
     * The JDK cannot derive an EdDSA public key from the private one, so a stored pair is checked
     * by a trial signature: a file whose halves do not belong together must not be used.
     */
    public static boolean isPair(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "bimtek key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String text(Object value) {
        return value instanceof String ? (String) value : null;
    }

    private static IllegalStateException missingProvider(NoSuchAlgorithmException e) {
        return new IllegalStateException("the JDK offers no Ed25519 (SunEC missing?)", e);
    }
}
