package org.bimtek.course.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import org.osgi.framework.Bundle;

/** The course folder inside an installed course bundle. */
final class BundleSource implements CourseSource {

    private final Bundle bundle;
    private final String folder;

    BundleSource(Bundle bundle, String descriptorPath) {
        this.bundle = bundle;
        String path = descriptorPath.startsWith("/") ? descriptorPath.substring(1) : descriptorPath;
        this.folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        URL url = bundle.getEntry(folder + path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** Streams a file of the course; fails when the bundle has gone meanwhile. */
    InputStream open(String path) throws IOException {
        URL url = bundle.getEntry(folder + path);
        if (url == null) {
            throw new java.io.FileNotFoundException(path);
        }
        return url.openStream();
    }

    @Override
    public String name() {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
