package org.bimtek.certification.internal.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.bimtek.certification.internal.credential.KeyDirectory.StoredKey;

class KeyDirectoryTest {

    @TempDir
    Path temp;

    private Path keys() {
        return temp.resolve("etc").resolve("certification-keys");
    }

    @Test
    void createdKeysLoadBackEqualAndSorted() throws IOException {
        KeyDirectory directory = new KeyDirectory(keys());
        StoredKey second = directory.create("2025-b");
        StoredKey first = directory.create("2025-a");

        List<StoredKey> loaded = directory.load();
        assertEquals(List.of(first, second), loaded);
        assertEquals("2025-a", loaded.get(0).kid());
        assertEquals(first.privateKey(), loaded.get(0).privateKey());
        assertEquals(first.publicKey(), loaded.get(0).publicKey());
    }

    @Test
    void loadedKeySignsTokensThatVerify() throws IOException {
        KeyDirectory directory = new KeyDirectory(keys());
        directory.create("k1");
        StoredKey key = directory.load().get(0);
        String token = CompactJws.sign("{}".getBytes(StandardCharsets.UTF_8), key.kid(), key.privateKey());
        assertEquals(CompactJws.Outcome.VALID,
                CompactJws.verify(token, kid -> Optional.of(key.publicKey())).outcome());
    }

    @Test
    void fileHoldsPrivateThenPublicKeyAndNothingElseIsLeftBehind() throws IOException {
        new KeyDirectory(keys()).create("k1");
        String pem = Files.readString(keys().resolve("k1.pem"));
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(pem.indexOf("-----BEGIN PUBLIC KEY-----") > pem.indexOf("-----END PRIVATE KEY-----"));
        try (Stream<Path> files = Files.list(keys())) {
            assertEquals(List.of("k1.pem"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void permissionsAreOwnerOnly() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        new KeyDirectory(keys()).create("k1");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys())));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(keys().resolve("k1.pem"))));
    }

    @Test
    void exposedKeyIsStillLoadedAndNotSilentlyChanged() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        KeyDirectory directory = new KeyDirectory(keys());
        directory.create("k1");
        Path file = keys().resolve("k1.pem");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(1, directory.load().size());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void corruptOrMismatchedFilesAreSkipped() throws IOException {
        KeyDirectory directory = new KeyDirectory(keys());
        StoredKey good = directory.create("good");
        StoredKey other = directory.create("other");
        Files.writeString(keys().resolve("corrupt.pem"), "-----BEGIN PRIVATE KEY-----\nnot base64!\n");
        Files.writeString(keys().resolve("empty.pem"), "");
        // Halves of two different pairs: must not be used, the public key would not match.
        Files.writeString(keys().resolve("mixed.pem"),
                Ed25519Keys.privatePem(good.privateKey()) + Ed25519Keys.publicPem(other.publicKey()));
        Files.writeString(keys().resolve("ignored.txt"), "not a key");

        assertEquals(List.of(good, other), directory.load());
    }

    @Test
    void missingDirectoryLoadsNothing() throws IOException {
        assertEquals(List.of(), new KeyDirectory(keys()).load());
        assertFalse(Files.exists(keys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "", "a b", "k\u00e9y", "x\\y",
        "12345678901234567890123456789012345678901234567890123456789012345"})
    void unsafeKidIsRefused(String kid) {
        assertThrows(IllegalArgumentException.class, () -> new KeyDirectory(keys()).create(kid));
        assertFalse(Files.exists(temp.resolve("x.pem")));
    }

    @Test
    void nullKidIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyDirectory(keys()).create(null));
    }

    @Test
    void existingKeyIsNeverReplaced() throws IOException {
        KeyDirectory directory = new KeyDirectory(keys());
        StoredKey original = directory.create("k1");
        assertThrows(FileAlreadyExistsException.class, () -> directory.create("k1"));
        assertEquals(List.of(original), directory.load());
    }
}
