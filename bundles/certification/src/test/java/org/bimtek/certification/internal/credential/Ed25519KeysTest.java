package org.bimtek.certification.internal.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    /** RFC 8037 Appendix A.1 / A.2. */
    static final String RFC_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String RFC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    /**
     * RFC 8037 Appendix A.4, copied from the RFC text. (A version with the tail
     * "...hijcmR4ihVTTpAtrqkiTyBWcy_ZrE3vgrgvhTwDg" is circulating; it is not the RFC's value.)
     */
    static final String RFC_SIGNATURE =
            "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    static PrivateKey rfcPrivateKey() {
        byte[] d = Base64Url.decode(RFC_D);
        byte[] der = new byte[PKCS8_PREFIX.length + d.length];
        System.arraycopy(PKCS8_PREFIX, 0, der, 0, PKCS8_PREFIX.length);
        System.arraycopy(d, 0, der, PKCS8_PREFIX.length, d.length);
        return Ed25519Keys.privateFromPkcs8(der);
    }

    @Test
    void rawPublicKeyRoundTrips() {
        KeyPair pair = Ed25519Keys.generate();
        byte[] raw = Ed25519Keys.rawPublic(pair.getPublic());
        assertEquals(32, raw.length);
        assertEquals(pair.getPublic(), Ed25519Keys.publicFromRaw(raw));
    }

    @Test
    void rawKeyOfWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicFromRaw(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicFromRaw(new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.publicFromRaw(null));
    }

    @Test
    void rawPublicRefusesOtherKeyTypes() throws Exception {
        PublicKey ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic();
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.rawPublic(ed448));
    }

    @Test
    void jwkHasTheRfc8037ShapeInOrder() {
        PublicKey key = Ed25519Keys.generate().getPublic();
        Map<String, Object> jwk = Ed25519Keys.publicJwk("k1", key);
        assertEquals(List.of("kty", "crv", "x", "kid", "use", "alg"), List.copyOf(jwk.keySet()));
        assertEquals("OKP", jwk.get("kty"));
        assertEquals("Ed25519", jwk.get("crv"));
        assertEquals("k1", jwk.get("kid"));
        assertEquals("sig", jwk.get("use"));
        assertEquals("EdDSA", jwk.get("alg"));
    }

    @Test
    void jwkRoundTripVerifiesSignatureOfThePrivateKey() throws Exception {
        KeyPair pair = Ed25519Keys.generate();
        JsonNode json = new ObjectMapper().valueToTree(Ed25519Keys.publicJwk("k1", pair.getPublic()));
        PublicKey fromJson = Ed25519Keys.publicFromJwk(json);
        PublicKey fromMap = Ed25519Keys.publicFromJwk(Ed25519Keys.publicJwk("k1", pair.getPublic()));

        byte[] message = "certificate".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();

        for (PublicKey key : List.of(fromJson, fromMap)) {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            assertTrue(verifier.verify(signature));
        }
    }

    @Test
    void jwkOfAnotherTypeOrCurveIsRefused() {
        String x = RFC_X;
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.publicFromJwk(Map.of("kty", "EC", "crv", "Ed25519", "x", x)));
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.publicFromJwk(Map.of("kty", "OKP", "crv", "X25519", "x", x)));
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.publicFromJwk(Map.of("kty", "OKP", "crv", "Ed25519")));
        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.publicFromJwk(Map.of("kty", "OKP", "crv", "Ed25519", "x", x + "=")));
    }

    @Test
    void rfc8037PublicKeyEncodesToItsX() {
        PublicKey key = Ed25519Keys.publicFromJwk(Map.of("kty", "OKP", "crv", "Ed25519", "x", RFC_X));
        assertEquals(RFC_X, Ed25519Keys.publicJwk("rfc", key).get("x"));
    }

    @Test
    void rfc8037SigningVector() throws Exception {
        byte[] header = "{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8);
        byte[] payload = "Example of Ed25519 signing".getBytes(StandardCharsets.UTF_8);
        String token = CompactJws.signWithHeader(header, payload, rfcPrivateKey());

        String[] parts = token.split("\\.");
        assertEquals("eyJhbGciOiJFZERTQSJ9", parts[0]);
        assertEquals("RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc", parts[1]);
        assertEquals(RFC_SIGNATURE, parts[2]);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(Ed25519Keys.publicFromRaw(Base64Url.decode(RFC_X)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64Url.decode(parts[2])));
    }

    @Test
    void privateKeyPemRoundTrips() {
        KeyPair pair = Ed25519Keys.generate();
        String pem = Ed25519Keys.privatePem(pair.getPrivate());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(pem.endsWith("-----END PRIVATE KEY-----\n"));
        pem.lines().forEach(line -> assertTrue(line.length() <= 64, line));
        assertArrayEquals(pair.getPrivate().getEncoded(), Ed25519Keys.privateFromPem(pem).getEncoded());
        assertTrue(Ed25519Keys.isPair(Ed25519Keys.privateFromPem(pem), pair.getPublic()));
        assertFalse(Ed25519Keys.isPair(Ed25519Keys.privateFromPem(pem), Ed25519Keys.generate().getPublic()));
    }

    @Test
    void garbagePemIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateFromPem("nothing here"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateFromPem(
                "-----BEGIN PRIVATE KEY-----\nMC4CAQAw!!\n-----END PRIVATE KEY-----\n"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.privateFromPem(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    }
}
