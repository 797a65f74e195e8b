package org.bimtek.course.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * A course jar held in memory (an upload, or a jar to validate). Reading it also checks
 * every entry name: a jar with {@code ../} or absolute entries, or with Java classes, is
 * reported, never unpacked.
 */
final class JarSource implements CourseSource {

    private final String name;
    private final Manifest manifest;
    private final Map<String, byte[]> entries;
    private final String folder;
    private final boolean hasCode;
    private final String unsafeEntry;

    private JarSource(String name, Manifest manifest, Map<String, byte[]> entries, boolean hasCode, String unsafeEntry) {
        this.name = name;
        this.manifest = manifest;
        this.entries = entries;
        this.hasCode = hasCode;
        this.unsafeEntry = unsafeEntry;
        String descriptor = descriptorPath();
        this.folder = descriptor == null || !descriptor.contains("/") ? "" : descriptor.substring(0, descriptor.lastIndexOf('/') + 1);
    }

    static JarSource of(String name, byte[] jar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        boolean hasCode = false;
        String unsafe = null;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (!isSafe(entryName)) {
                    unsafe = unsafe == null ? entryName : unsafe;
                    continue;
                }
                if (entryName.endsWith(".class")) {
                    hasCode = true;
                }
                if (!entry.isDirectory()) {
                    entries.put(entryName, in.readAllBytes());
                }
            }
            Manifest manifest = in.getManifest();
            if (manifest == null && entries.isEmpty() && unsafe == null) {
                throw new IOException("not a jar (zip) file");
            }
            return new JarSource(name, manifest, entries, hasCode, unsafe);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a readable jar: " + e.getMessage(), e);
        }
    }

    /** No parent steps, no absolute paths, no drive letters or backslashes. */
    static boolean isSafe(String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")
                || entryName.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        for (String part : entryName.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    String header(String header) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(header);
    }

    String descriptorPath() {
        return header(org.bimtek.api.course.CourseCatalog.COURSE_HEADER);
    }

    boolean hasCode() {
        return hasCode;
    }

    /** The first entry name that tries to leave the jar, or null. */
    String unsafeEntry() {
        return unsafeEntry;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(entries.get(folder + path));
    }

    @Override
    public String name() {
        return name;
    }
}
