package org.bimtek.registry.internal;

import static org.bimtek.api.web.Html.escape;

import java.util.List;
import java.util.Locale;
import org.bimtek.api.web.Messages;

/**
 * The coverage chart as server-rendered SVG: one bar per unit one level below the top of
 * the report, the admins in light blue and those with an SK in force in dark blue over it.
 * Presentation attributes only (no style attribute), so the pages' CSP needs no exception;
 * a phone scales it with the viewBox.
 */
final class CoverageChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int BAR = 22;
    private static final int GAP = 10;

    private CoverageChart() {
    }

    /** The rows the chart shows: the report's second level, or its top when there is only one. */
    static List<CoverageReport.Row> bars(List<CoverageReport.Row> rows) {
        List<CoverageReport.Row> second = rows.stream().filter(r -> r.depth() == 1).toList();
        return second.isEmpty() ? rows.stream().filter(r -> r.depth() == 0).toList() : second;
    }

    static String svg(List<CoverageReport.Row> rows, Messages text) {
        List<CoverageReport.Row> bars = bars(rows);
        long max = Math.max(1, bars.stream().mapToLong(CoverageReport.Row::admins).max().orElse(1));
        int height = 40 + bars.size() * (BAR + GAP);
        StringBuilder svg = new StringBuilder(1024 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\" id=\"coverage-chart\">")
                .append("<title id=\"chart-title\">").append(escape(text.get("coverage.chart.title"))).append("</title>")
                .append("<rect x=\"0\" y=\"0\" width=\"12\" height=\"12\" fill=\"#b9d3ea\"/>")
                .append("<text x=\"18\" y=\"11\" font-size=\"12\" fill=\"#1d2433\">").append(escape(text.get("coverage.admins"))).append("</text>")
                .append("<rect x=\"150\" y=\"0\" width=\"12\" height=\"12\" fill=\"#0b5fa5\"/>")
                .append("<text x=\"168\" y=\"11\" font-size=\"12\" fill=\"#1d2433\">").append(escape(text.get("coverage.withDecree")))
                .append("</text>");
        int y = 30;
        int room = WIDTH - LABEL - 50;
        for (CoverageReport.Row row : bars) {
            long all = row.admins();
            long covered = row.withActiveDecree();
            int allWidth = (int) Math.round(room * (double) all / max);
            int coveredWidth = (int) Math.round(room * (double) covered / max);
            svg.append("<g data-unit=\"").append(escape(row.code())).append("\">")
                    .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" text-anchor=\"end\" fill=\"#1d2433\">").append(escape(shorten(row.name()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(allWidth, 1))
                    .append("\" height=\"").append(BAR).append("\" fill=\"#b9d3ea\"><title>").append(escape(row.name())).append(": ")
                    .append(all).append(' ').append(escape(text.get("coverage.admins").toLowerCase(Locale.ROOT))).append("</title></rect>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(coveredWidth)
                    .append("\" height=\"").append(BAR).append("\" fill=\"#0b5fa5\"/>")
                    .append("<text x=\"").append(LABEL + Math.max(allWidth, 1) + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" fill=\"#5b6475\">").append(covered).append('/').append(all).append("</text></g>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 31) + "…";
    }
}
