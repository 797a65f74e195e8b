package org.bimtek.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsArgon2idAtOwaspCostAndVerifies() {
        String hash = hasher.hash("bimtek-peserta".toCharArray());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("bimtek-peserta".toCharArray(), hash));
        assertFalse(hasher.verify("bimtek-pesertA".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsADifferentSalt() {
        assertNotEquals(hasher.hash("kata-sandi-rahasia".toCharArray()), hasher.hash("kata-sandi-rahasia".toCharArray()));
    }

    @Test
    void nonAsciiPasswordsWork() {
        String hash = hasher.hash("sandi-ñ-日本-🙂".toCharArray());
        assertTrue(hasher.verify("sandi-ñ-日本-🙂".toCharArray(), hash));
    }

    @Test
    void malformedOrTamperedHashesNeverVerify() {
        String hash = hasher.hash("bimtek-admin".toCharArray());
        char[] password = "bimtek-admin".toCharArray();
        assertFalse(hasher.verify(password, null));
        assertFalse(hasher.verify(password, ""));
        assertFalse(hasher.verify(password, "$argon2i$v=19$m=19456,t=2,p=1$AAAA$AAAA"));
        assertFalse(hasher.verify(password, hash.replace("m=19456", "m=abc")));
        assertFalse(hasher.verify(password, hash.substring(0, hash.length() - 4) + "AAAA"));
        assertFalse(hasher.verify(password, hash.replace("t=2", "t=3")), "parameters are part of what is checked");
    }

    @Test
    void hashesMadeWithOtherCostsStillVerify() {
        String older = hasher.hash("kata-sandi-lama".toCharArray(), 4096, 1);
        assertTrue(older.contains("m=4096,t=1"), older);
        assertTrue(hasher.verify("kata-sandi-lama".toCharArray(), older));
        assertFalse(hasher.verify("kata-sandi-baru".toCharArray(), older));
    }
}
