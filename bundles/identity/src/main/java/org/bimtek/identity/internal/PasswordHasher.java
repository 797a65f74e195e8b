package org.bimtek.identity.internal;

import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}).
 *
 * <p>The cost is OWASP's Password Storage Cheat Sheet minimum for Argon2id: 19 MiB of
 * memory, 2 iterations, 1 lane. Argon2id rather than PBKDF2 because PBKDF2 at OWASP's
 * 600,000 iterations costs several hundred milliseconds of CPU per login here, which a
 * room of trainees logging in at once would turn into a queue; Argon2id buys its
 * strength with memory instead. The parameters are stored in each hash, so raising
 * them later leaves old hashes verifiable.
 */
final class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /**
     * Argon2id computations running at once, in this JVM. Each takes 19 MiB and a core for tens of milliseconds:
     * a room logging in at the same minute, unbounded, filled the heap and slowed every hash down (the exam-start
     * benchmark saw logins time out and fail). Bounded, they queue and each finishes at full speed.
     */
    private static final Semaphore RUNNING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /** How long a login waits for its turn before the server answers "busy, try again". */
    static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private final SecureRandom random = new SecureRandom();

    /** Thrown when no hashing slot came free within {@link #MAX_WAIT}. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("password hashing at capacity", null, false, false);
        }
    }

    String hash(char[] password) {
        return hash(password, MEMORY_KIB, ITERATIONS);
    }

    /** With other costs: what a hash made before a future cost change looks like. */
    String hash(char[] password, int memoryKib, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Constant-time check; false for a malformed or missing hash. */
    boolean verify(char[] password, String encoded) {
        if (encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                String[] kv = parameter.split("=", 2);
                int value = Integer.parseInt(kv[1]);
                switch (kv[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] argon2(char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        try {
            if (!RUNNING.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return argon2Now(password, salt, memory, iterations, parallelism, length);
        } finally {
            RUNNING.release();
        }
    }

    private static byte[] argon2Now(char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] passwordBytes = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(passwordBytes, out);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
