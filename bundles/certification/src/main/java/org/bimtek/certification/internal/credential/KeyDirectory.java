package org.bimtek.certification.internal.credential;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The private signing keys on disk, one {@code <kid>.pem} per key, in the spirit of Karaf's own
 * {@code etc/host.key}.
 *
 * <p>Each file holds the PKCS#8 private key followed by the X.509 public key, because the JDK
 * cannot derive an EdDSA public key from the private one.
 */
public final class KeyDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(KeyDirectory.class);

    /** The kid becomes a file name, so nothing that could climb out of the directory. */
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static final String SUFFIX = ".pem";

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path dir;

    public KeyDirectory(Path dir) {
        this.dir = dir;
    }

    /** A signing key; {@code toString} leaves the private key out so it never reaches a log. */
    public record StoredKey(String kid, PrivateKey privateKey, PublicKey publicKey) {
        @Override
        public String toString() {
            return "StoredKey[kid=" + kid + "]";
        }
    }

    /**
     * Generates and stores a new key pair.
     *
     * @throws IllegalArgumentException if the kid is not {@code [A-Za-z0-9._-]{1,64}}
     * @throws FileAlreadyExistsException if a key with this kid exists: replacing it would make
     *     every credential signed with it unverifiable
     */
    public synchronized StoredKey create(String kid) throws IOException {
        if (kid == null || !KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("kid must match " + KID.pattern() + ": " + kid);
        }
        boolean posix = isPosix();
        Files.createDirectories(dir, posix ? attributes("rwx------") : new FileAttribute<?>[0]);
        warnIfExposed(dir);
        Path target = dir.resolve(kid + SUFFIX);
        // ATOMIC_MOVE replaces an existing file on POSIX, so this check is what protects an old
        // key; create is synchronized against races inside this JVM.
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }

        KeyPair pair = Ed25519Keys.generate();
        String pem = Ed25519Keys.privatePem(pair.getPrivate()) + Ed25519Keys.publicPem(pair.getPublic());
        writeAtomically(target, pem.getBytes(StandardCharsets.US_ASCII), posix);
        LOG.info("Created signing key {} in {}", kid, target);
        return new StoredKey(kid, pair.getPrivate(), pair.getPublic());
    }

    /**
     * Every readable key, sorted by file name. One damaged file must not take the other keys
     * down with it (old credentials still need their keys), so it is skipped with a warning.
     */
    public List<StoredKey> load() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        warnIfExposed(dir);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));

        List<StoredKey> keys = new ArrayList<>();
        for (Path file : files) {
            try {
                keys.add(read(file));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping unreadable signing key file {}: {}", file, e.toString());
            }
        }
        return List.copyOf(keys);
    }

    private StoredKey read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String kid = name.substring(0, name.length() - SUFFIX.length());
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("file name is not a valid kid");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file");
        }
        warnIfExposed(file);
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        PrivateKey privateKey = Ed25519Keys.privateFromPem(pem);
        PublicKey publicKey = Ed25519Keys.publicFromPem(pem);
        if (!Ed25519Keys.isPair(privateKey, publicKey)) {
            throw new IllegalArgumentException("private and public key do not belong together");
        }
        return new StoredKey(kid, privateKey, publicKey);
    }

    /**
     * The permissions are given at creation, not fixed afterwards, so the key is never readable
     * by others even for a moment; the rename makes a half-written key file impossible.
     */
    private void writeAtomically(Path target, byte[] content, boolean posix) throws IOException {
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp",
                posix ? attributes("rw-------") : new FileAttribute<?>[0]);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory();
    }

    /** Makes the rename itself durable; not every platform can open a directory, hence best effort. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not fsync directory {}: {}", dir, e.toString());
        }
    }

    /** Only warns: silently tightening permissions would hide an operator's mistake. */
    private static void warnIfExposed(Path path) {
        try {
            if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                LOG.warn("Signing key path {} is accessible by group or others ({}); it should be {}",
                        path, PosixFilePermissions.toString(permissions),
                        Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not read permissions of {}: {}", path, e.toString());
        }
    }

    private boolean isPosix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }
}
