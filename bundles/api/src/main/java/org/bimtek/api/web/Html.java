package org.bimtek.api.web;

/** HTML escaping for server-rendered pages: everything user-supplied goes through it. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A local path to return to after login or a language switch; anything else (another
     * host, a scheme, "//evil.example") becomes "/", so the parameter is no open redirect.
     */
    public static String safeLocalPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return path;
    }
}
