package org.bimtek.certification.internal.web;

import static org.bimtek.api.web.Html.escape;

/** Small HTML pieces the certification pages share. */
final class Page {

    static final String HEAD = "<link rel=\"stylesheet\" href=\"/sertifikat-aset/sertifikat.css\">\n";

    private Page() {
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    static void fact(StringBuilder body, String label, String value) {
        if (value != null && !value.isBlank()) {
            body.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
        }
    }

    static String statusWord(String status) {
        return switch (status) {
            case "VALID" -> "Berlaku";
            case "EXPIRED" -> "Kedaluwarsa";
            case "REVOKED" -> "Dicabut";
            case "SUPERSEDED" -> "Digantikan";
            default -> status;
        };
    }
}
