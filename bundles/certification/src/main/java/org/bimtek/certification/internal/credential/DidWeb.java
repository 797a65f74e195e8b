package org.bimtek.certification.internal.credential;

import java.net.URI;

/** The issuer's did:web identifier, derived from the public base URL (W3C did:web method, host and port). */
public final class DidWeb {

    private DidWeb() {
    }

    /** {@code http://localhost:8181} becomes {@code did:web:localhost%3A8181}. */
    public static String of(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String did = "did:web:" + host + (uri.getPort() > 0 ? "%3A" + uri.getPort() : "");
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        return path.isEmpty() ? did : did + ":" + path.replace("/", ":");
    }
}
