package org.bimtek.certification.internal.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.bimtek.certification.internal.credential.CompactJws.Outcome;
import org.bimtek.certification.internal.credential.CompactJws.Verification;

class CompactJwsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KID = "k1";
    private static final byte[] PAYLOAD =
            "{\"iss\":\"https://lms.example\",\"sub\":\"learner-7\",\"grade\":\"pass\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private final KeyPair pair = Ed25519Keys.generate();
    private final Function<String, Optional<PublicKey>> keys =
            kid -> KID.equals(kid) ? Optional.of(pair.getPublic()) : Optional.empty();

    private Verification verify(String token) {
        return CompactJws.verify(token, keys);
    }

    private String signedWithHeader(String header) {
        return CompactJws.signWithHeader(header.getBytes(StandardCharsets.UTF_8), PAYLOAD, pair.getPrivate());
    }

    private static String part(String token, int index) {
        return token.split("\\.", -1)[index];
    }

    private static String b64(String text) {
        return Base64Url.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signedTokenVerifies() throws Exception {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        assertEquals(b64("{\"alg\":\"EdDSA\",\"kid\":\"k1\",\"typ\":\"vc+jwt\"}"), part(token, 0));

        Verification result = verify(token);
        assertEquals(Outcome.VALID, result.outcome());
        assertEquals("EdDSA", result.header().get("alg").textValue());
        assertEquals(JSON.readTree(PAYLOAD), result.payload());
    }

    @Test
    void tamperedPayloadIsBadSignatureButStillReadable() throws Exception {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        ObjectNode claims = (ObjectNode) JSON.readTree(PAYLOAD);
        claims.put("grade", "distinction");
        String tampered = part(token, 0) + "." + Base64Url.encode(JSON.writeValueAsBytes(claims)) + "." + part(token, 2);

        Verification result = verify(tampered);
        assertEquals(Outcome.BAD_SIGNATURE, result.outcome());
        assertEquals("distinction", result.payload().get("grade").textValue());
        assertEquals("learner-7", result.payload().get("sub").textValue());
    }

    @Test
    void flippedSignatureBitIsBadSignature() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        byte[] signature = Base64Url.decode(part(token, 2));
        signature[10] ^= 0x01;
        String flipped = part(token, 0) + "." + part(token, 1) + "." + Base64Url.encode(signature);
        assertEquals(Outcome.BAD_SIGNATURE, verify(flipped).outcome());
    }

    @Test
    void truncatedSignatureIsBadSignature() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        byte[] signature = Arrays.copyOf(Base64Url.decode(part(token, 2)), 63);
        String truncated = part(token, 0) + "." + part(token, 1) + "." + Base64Url.encode(signature);
        assertEquals(Outcome.BAD_SIGNATURE, verify(truncated).outcome());
    }

    @Test
    void emptySignatureUnderEdDsaIsBadSignature() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        assertEquals(Outcome.BAD_SIGNATURE, verify(part(token, 0) + "." + part(token, 1) + ".").outcome());
    }

    @Test
    void otherKeyUnderTheSameKidIsBadSignature() {
        String token = CompactJws.sign(PAYLOAD, KID, Ed25519Keys.generate().getPrivate());
        assertEquals(Outcome.BAD_SIGNATURE, verify(token).outcome());
    }

    @Test
    void unknownKidIsUnknownKey() {
        String token = CompactJws.sign(PAYLOAD, "k2", pair.getPrivate());
        Verification result = verify(token);
        assertEquals(Outcome.UNKNOWN_KEY, result.outcome());
        assertEquals("k2", result.header().get("kid").textValue());
    }

    @Test
    void missingOrNonStringKidIsUnknownKey() {
        assertEquals(Outcome.UNKNOWN_KEY, verify(signedWithHeader("{\"alg\":\"EdDSA\"}")).outcome());
        assertEquals(Outcome.UNKNOWN_KEY, verify(signedWithHeader("{\"alg\":\"EdDSA\",\"kid\":1}")).outcome());
        assertEquals(Outcome.UNKNOWN_KEY, verify(signedWithHeader("{\"alg\":\"EdDSA\",\"kid\":[\"k1\"]}")).outcome());
    }

    @Test
    void algNoneIsUnsupported() {
        String header = b64("{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"vc+jwt\"}");
        Verification result = verify(header + "." + Base64Url.encode(PAYLOAD) + ".");
        assertEquals(Outcome.UNSUPPORTED_ALGORITHM, result.outcome());
        assertNotNull(result.payload());
    }

    @Test
    void twoPartTokenIsMalformed() {
        String header = b64("{\"alg\":\"none\",\"kid\":\"k1\"}");
        assertEquals(Outcome.MALFORMED, verify(header + "." + Base64Url.encode(PAYLOAD)).outcome());
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        assertEquals(Outcome.MALFORMED, verify(token + "." + part(token, 2)).outcome());
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsUnsupported() throws Exception {
        byte[][] secrets = {Ed25519Keys.rawPublic(pair.getPublic()), pair.getPublic().getEncoded()};
        for (byte[] secret : secrets) {
            String signingInput = b64("{\"alg\":\"HS256\",\"kid\":\"k1\",\"typ\":\"vc+jwt\"}")
                    + "." + Base64Url.encode(PAYLOAD);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            assertEquals(Outcome.UNSUPPORTED_ALGORITHM, verify(signingInput + "." + Base64Url.encode(tag)).outcome());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"alg\":\"Ed25519\",\"kid\":\"k1\"}",
        "{\"alg\":\"eddsa\",\"kid\":\"k1\"}",
        "{\"alg\":\"ES256\",\"kid\":\"k1\"}",
        "{\"alg\":\"EdDSA \",\"kid\":\"k1\"}",
        "{\"kid\":\"k1\"}",
        "{\"alg\":null,\"kid\":\"k1\"}",
        "{\"alg\":[\"EdDSA\"],\"kid\":\"k1\"}",
        "{\"alg\":\"EdDSA\",\"kid\":\"k1\",\"crit\":[\"b64\"],\"b64\":false}"
    })
    void correctlySignedButUnacceptableHeaderIsUnsupported(String header) {
        assertEquals(Outcome.UNSUPPORTED_ALGORITHM, verify(signedWithHeader(header)).outcome());
    }

    @Test
    void acceptableHeaderBuiltByHandVerifies() {
        // Guards the parameterized test above: it must fail for the header, not the signing.
        assertEquals(Outcome.VALID, verify(signedWithHeader("{\"alg\":\"EdDSA\",\"kid\":\"k1\"}")).outcome());
    }

    @Test
    void duplicateAlgIsMalformed() {
        Verification result = verify(signedWithHeader("{\"alg\":\"EdDSA\",\"alg\":\"none\",\"kid\":\"k1\"}"));
        assertEquals(Outcome.MALFORMED, result.outcome());
        assertNull(result.header());
        assertNotNull(result.payload());
    }

    @Test
    void duplicateClaimIsMalformed() {
        byte[] payload = "{\"sub\":\"a\",\"sub\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        String token = CompactJws.signWithHeader(
                "{\"alg\":\"EdDSA\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8), payload, pair.getPrivate());
        assertEquals(Outcome.MALFORMED, verify(token).outcome());
    }

    @Test
    void trailingJsonAfterTheHeaderObjectIsMalformed() {
        assertEquals(Outcome.MALFORMED, verify(signedWithHeader("{\"alg\":\"EdDSA\",\"kid\":\"k1\"} {}")).outcome());
    }

    @Test
    void nonObjectHeaderOrPayloadIsMalformed() {
        assertEquals(Outcome.MALFORMED, verify(signedWithHeader("[\"EdDSA\"]")).outcome());
        assertEquals(Outcome.MALFORMED, verify(signedWithHeader("\"EdDSA\"")).outcome());
        String token = CompactJws.signWithHeader("{\"alg\":\"EdDSA\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8),
                "42".getBytes(StandardCharsets.UTF_8), pair.getPrivate());
        Verification result = verify(token);
        assertEquals(Outcome.MALFORMED, result.outcome());
        assertNotNull(result.header());
        assertNull(result.payload());
    }

    @Test
    void paddingInAnyPartIsMalformed() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        // A 64-byte signature needs "==" in padded base64; the strict decoder must refuse it.
        assertEquals(Outcome.MALFORMED, verify(token + "==").outcome());
        String padded = part(token, 0) + "." + part(token, 1) + "=." + part(token, 2);
        assertEquals(Outcome.MALFORMED, verify(padded).outcome());
    }

    @Test
    void nonCanonicalSignatureEncodingIsMalformed() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        // 64 bytes leave 4 unused bits in the last character; setting one keeps the same bytes.
        char last = token.charAt(token.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertEquals(Outcome.MALFORMED, verify(token.substring(0, token.length() - 1) + sibling).outcome());
    }

    @Test
    void whitespaceOrStandardAlphabetIsMalformed() {
        String token = CompactJws.sign(PAYLOAD, KID, pair.getPrivate());
        assertEquals(Outcome.MALFORMED, verify(" " + token).outcome());
        assertEquals(Outcome.MALFORMED, verify(token.replace(".", ".\n")).outcome());
        String signature = part(token, 2).replace('-', '+').replace('_', '/');
        if (!signature.equals(part(token, 2))) {
            assertEquals(Outcome.MALFORMED, verify(part(token, 0) + "." + part(token, 1) + "." + signature).outcome());
        }
    }

    @Test
    void garbageIsMalformed() {
        assertEquals(Outcome.MALFORMED, verify(null).outcome());
        assertEquals(Outcome.MALFORMED, verify("").outcome());
        assertEquals(Outcome.MALFORMED, verify("   ").outcome());
        assertEquals(Outcome.MALFORMED, verify("not a token").outcome());
        assertEquals(Outcome.MALFORMED, verify("..").outcome());
        assertEquals(Outcome.MALFORMED, verify("a.b.c").outcome());
        assertEquals(Outcome.MALFORMED, verify("x".repeat(70 * 1024)).outcome());
        assertEquals(Outcome.MALFORMED, verify(Base64Url.encode(new byte[] {(byte) 0xff, '{'}) + ".e30.").outcome());
    }

    @Test
    void correctlySignedTokenAbove64KiBIsMalformed() {
        String big = "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        String token = CompactJws.sign(big.getBytes(StandardCharsets.UTF_8), KID, pair.getPrivate());
        assertEquals(Outcome.MALFORMED, verify(token).outcome());
    }

    @Test
    void signRefusesPayloadThatCouldNeverVerify() {
        assertThrows(IllegalArgumentException.class,
                () -> CompactJws.sign("[1]".getBytes(StandardCharsets.UTF_8), KID, pair.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> CompactJws.sign(PAYLOAD, null, pair.getPrivate()));
    }
}
