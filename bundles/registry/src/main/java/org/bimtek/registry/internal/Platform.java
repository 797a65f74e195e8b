package org.bimtek.registry.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The social-media platforms an official account can be on, each with its own rules for
 * a handle and for the profile URL. Handles are compared case-insensitively (every listed
 * platform treats them so), so they are stored in lower case and without a leading '@'.
 */
enum Platform {
    INSTAGRAM("[a-z0-9._]{1,30}", Set.of("instagram.com", "www.instagram.com"), "https://www.instagram.com/%s/",
            "/([a-z0-9._]{1,30})/?"),
    FACEBOOK("[a-z0-9.]{5,50}|[0-9]{5,20}", Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "fb.com"),
            "https://www.facebook.com/%s", "/([a-z0-9.]{5,50})/?"),
    X("[a-z0-9_]{1,15}", Set.of("x.com", "www.x.com", "twitter.com", "www.twitter.com"), "https://x.com/%s",
            "/([a-z0-9_]{1,15})/?"),
    TIKTOK("[a-z0-9._]{2,24}", Set.of("tiktok.com", "www.tiktok.com"), "https://www.tiktok.com/@%s", "/@([a-z0-9._]{2,24})/?"),
    YOUTUBE("[a-z0-9._-]{3,30}", Set.of("youtube.com", "www.youtube.com", "m.youtube.com"), "https://www.youtube.com/@%s",
            "/@([a-z0-9._-]{3,30})/?"),
    OTHER("[^\\s/?#]{1,100}", Set.of(), null, null);

    /** What checking a handle and a URL gave: the values to store, or the reason they were refused. */
    record Address(String handle, String url) {
    }

    private final Pattern handle;
    private final Set<String> hosts;
    private final String canonicalUrl;
    private final Pattern path;

    Platform(String handle, Set<String> hosts, String canonicalUrl, String path) {
        this.handle = Pattern.compile(handle);
        this.hosts = hosts;
        this.canonicalUrl = canonicalUrl;
        this.path = path == null ? null : Pattern.compile(path);
    }

    /** The handle as stored: no leading '@', lower case. */
    static String normaliseHandle(String handle) {
        String cleaned = Text.clean(handle);
        if (cleaned == null) {
            return null;
        }
        if (cleaned.startsWith("@")) {
            cleaned = cleaned.substring(1);
        }
        return cleaned.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a handle and an optional URL for this platform. A missing URL is made from the
     * handle; a given one must be https on the platform's own host and name the same
     * handle (profile paths only: a post's URL is not an account's address).
     */
    Address check(FieldErrors errors, String rawHandle, String rawUrl) {
        String name = normaliseHandle(rawHandle);
        if (name == null) {
            errors.add("handle", "wajib diisi");
            return new Address(null, null);
        }
        if (!handle.matcher(name).matches() || (this == INSTAGRAM && badDots(name))) {
            errors.add("handle", "bukan nama akun " + this + " yang valid");
            return new Address(name, null);
        }
        String url = Text.clean(rawUrl);
        if (url == null) {
            if (canonicalUrl == null) {
                errors.add("url", "wajib diisi untuk platform OTHER");
                return new Address(name, null);
            }
            return new Address(name, String.format(canonicalUrl, name));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            errors.add("url", "bukan URL yang valid");
            return new Address(name, url);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null || url.length() > 500) {
            errors.add("url", "harus alamat https:// yang lengkap (maksimum 500 karakter)");
            return new Address(name, url);
        }
        if (this == OTHER) {
            return new Address(name, url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            errors.add("url", "alamat " + this + " harus di " + List.copyOf(new java.util.TreeSet<>(hosts)));
            return new Address(name, url);
        }
        if (this == FACEBOOK && "/profile.php".equals(uri.getPath()) && uri.getQuery() != null
                && uri.getQuery().equals("id=" + name)) {
            return new Address(name, url);
        }
        Matcher m = path.matcher(uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT));
        if (!m.matches() || !m.group(1).equals(name)) {
            errors.add("url", "URL tidak menunjuk ke akun @" + name + " (contoh: " + String.format(canonicalUrl, name) + ")");
        }
        return new Address(name, url);
    }

    private static boolean badDots(String name) {
        return name.startsWith(".") || name.endsWith(".") || name.contains("..");
    }
}
