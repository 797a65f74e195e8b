package org.bimtek.events.internal.web;

import static org.bimtek.api.web.Html.escape;

import org.bimtek.api.identity.SessionService;
import org.bimtek.api.registry.UnitKind;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.Seats;
import org.bimtek.events.internal.event.Wita;

/** Small pieces of HTML the event pages share. Everything dynamic goes through {@code Html.escape}. */
final class PageParts {

    static final String HEAD = "<link rel=\"stylesheet\" href=\"/acara-aset/acara.css\">\n";

    private PageParts() {
    }

    /** A POST form with the session's CSRF token and one button. */
    static String button(String action, String csrf, String id, String label, String cssClass) {
        return "<form method=\"post\" action=\"" + escape(action) + "\" class=\"inline\">" + csrf(csrf) + "<button type=\"submit\" id=\""
                + escape(id) + "\"" + (cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"") + ">" + escape(label) + "</button></form>";
    }

    static String csrf(String token) {
        return "<input type=\"hidden\" name=\"" + SessionService.CSRF_FIELD + "\" value=\"" + escape(token) + "\">";
    }

    /** "18 dari 30 kursi terisi". */
    static String seatLine(Seats seats) {
        return seats.taken() + " dari " + seats.capacity() + " kursi terisi";
    }

    static String place(Event e) {
        StringBuilder out = new StringBuilder();
        if (e.place() != null) {
            out.append(escape(e.place()));
        }
        if (e.onlineUrl() != null) {
            out.append(e.place() == null ? "" : " · ").append("Daring: <a href=\"").append(escape(e.onlineUrl()))
                    .append("\" rel=\"noopener noreferrer\">").append(escape(e.onlineUrl())).append("</a>");
        }
        return out.toString();
    }

    static String quotas(Event e) {
        if (e.quotas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<p class=\"muted\" id=\"event-quotas\">Kuota: ");
        String sep = "";
        for (UnitKind kind : UnitKind.values()) {
            Integer n = e.quotas().get(kind);
            if (n != null) {
                out.append(sep).append("paling banyak ").append(n).append(" kursi untuk satu ").append(kindWord(kind));
                sep = "; ";
            }
        }
        return out.append(".</p>\n").toString();
    }

    static String kindWord(UnitKind kind) {
        return switch (kind) {
            case CITY -> "pemerintah kota";
            case OPD -> "OPD";
            case KECAMATAN -> "kecamatan";
            case KELURAHAN -> "kelurahan";
        };
    }

    /** The enrolment window in words. */
    static String window(Event e, java.time.Instant now) {
        if (e.over(now)) {
            return "Acara sudah selesai.";
        }
        if (now.isBefore(e.enrolmentOpensAt())) {
            return "Pendaftaran dibuka " + Wita.dateTime(e.enrolmentOpensAt()) + ".";
        }
        if (e.enrolmentOpenAt(now)) {
            return "Pendaftaran dibuka " + Wita.until(e.enrolmentClosesAt()) + "."
                    + (e.needsApproval() ? " Pendaftaran perlu persetujuan admin." : "");
        }
        return "Pendaftaran sudah ditutup.";
    }

    static String badge(EnrolmentState state) {
        return "<span class=\"badge" + (state == EnrolmentState.ENROLLED ? " ok" : "") + "\" data-state=\"" + state.name() + "\">"
                + escape(state.word()) + "</span>";
    }

    static String notice(String text) {
        return text == null ? "" : "<p class=\"notice\" id=\"notice\" role=\"status\">" + escape(text) + "</p>\n";
    }

    static String error(String text) {
        return text == null ? "" : "<p class=\"error\" id=\"error\" role=\"alert\">" + escape(text) + "</p>\n";
    }
}
