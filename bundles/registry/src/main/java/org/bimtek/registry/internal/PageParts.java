package org.bimtek.registry.internal;

import static org.bimtek.api.web.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bimtek.api.web.Messages;
import org.bimtek.registry.internal.Records.Page;

/** The bits of HTML every registry page repeats: tabs, a search form, a table, paging. Everything is escaped here. */
final class PageParts {

    private PageParts() {
    }

    static final List<String[]> TABS = List.of(new String[] {"/registri", "tab.people"}, new String[] {"/registri/unit", "tab.units"},
            new String[] {"/registri/sk", "tab.decrees"}, new String[] {"/registri/sk/berakhir", "tab.expiring"},
            new String[] {"/registri/akun", "tab.accounts"}, new String[] {"/registri/cakupan", "tab.coverage"},
            new String[] {"/registri/impor", "tab.import"});

    static void tabs(StringBuilder out, Messages text, String current) {
        out.append("<nav class=\"registry-tabs\" aria-label=\"").append(escape(text.get("menu.registry"))).append("\"><ul>");
        for (String[] tab : TABS) {
            out.append("<li><a href=\"").append(tab[0]).append('"').append(tab[0].equals(current) ? " aria-current=\"page\"" : "")
                    .append('>').append(escape(text.get(tab[1]))).append("</a></li>");
        }
        out.append("</ul></nav>\n");
    }

    static void search(StringBuilder out, Messages text, String action, String query, String placeholderKey) {
        out.append("<form method=\"get\" action=\"").append(action).append("\" role=\"search\"><label for=\"q\">")
                .append(escape(text.get("search.label"))).append("</label><input id=\"q\" name=\"q\" type=\"search\" value=\"")
                .append(escape(query)).append("\" placeholder=\"").append(escape(text.get(placeholderKey)))
                .append("\"><button type=\"submit\">").append(escape(text.get("search.button"))).append("</button></form>\n");
    }

    /** A table whose cells are already HTML (each caller escapes what it puts in). */
    static void table(StringBuilder out, Messages text, String id, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            out.append("<p class=\"muted\" id=\"").append(id).append("-empty\">").append(escape(text.get("list.empty"))).append("</p>\n");
            return;
        }
        out.append("<div class=\"table\"><table id=\"").append(id).append("\"><thead><tr>");
        headers.forEach(h -> out.append("<th scope=\"col\">").append(escape(text.get(h))).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>");
        }
        out.append("</tbody></table></div>\n");
    }

    static void paging(StringBuilder out, Messages text, Page<?> page, String base, String query) {
        out.append("<p class=\"muted\">").append(escape(text.get("list.total", page.total()))).append("</p>");
        String q = query == null ? "" : "&amp;q=" + escape(URLEncoder.encode(query, StandardCharsets.UTF_8));
        out.append("<nav class=\"lesson-nav\">");
        if (page.page() > 1) {
            out.append("<a rel=\"prev\" href=\"").append(base).append("?page=").append(page.page() - 1).append(q).append("\">")
                    .append(escape(text.get("list.previous"))).append("</a>");
        }
        if ((long) page.page() * page.size() < page.total()) {
            out.append("<a rel=\"next\" href=\"").append(base).append("?page=").append(page.page() + 1).append(q).append("\">")
                    .append(escape(text.get("list.next"))).append("</a>");
        }
        out.append("</nav>\n");
    }

    static String link(String href, String label) {
        return "<a href=\"" + escape(href) + "\">" + escape(label) + "</a>";
    }

    static String badge(String label, boolean ok) {
        return "<span class=\"badge" + (ok ? " ok" : "") + "\">" + escape(label) + "</span>";
    }
}
