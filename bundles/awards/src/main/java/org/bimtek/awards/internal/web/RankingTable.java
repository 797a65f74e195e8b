package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.math.BigDecimal;
import java.util.List;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;
import org.bimtek.awards.internal.ranking.Ranking;

/** The ranking as HTML: each nominee's total and, under it, every criterion's score, weight and contribution. */
final class RankingTable {

    private RankingTable() {
    }

    static void render(StringBuilder body, Programme programme, List<Ranking.Entry> entries) {
        BigDecimal weights = programme.criteria().stream().map(c -> BigDecimal.valueOf(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        body.append("<p class=\"muted\">Total = jumlah (nilai × bobot) ÷ jumlah bobot (").append(escape(Words.weight(weights.doubleValue())))
                .append("), skala 0-10. Nilai juri adalah rata-rata nilai para juri. Total yang sama berbagi peringkat; ")
                .append(programme.winners()).append(" peringkat teratas menjadi juara.</p>\n");
        String sum = escape(Words.weight(weights.doubleValue()));
        if (entries.isEmpty()) {
            body.append("<p class=\"muted\" id=\"ranking-empty\">Belum ada nominasi.</p>\n");
            return;
        }
        body.append("<div class=\"table\"><table class=\"stack\" id=\"ranking\"><thead><tr><th>Peringkat</th><th>Nama</th><th>Unit</th>")
                .append("<th>Total</th><th>Rincian</th></tr></thead><tbody>\n");
        for (Ranking.Entry e : entries) {
            body.append("<tr data-nominee=\"").append(e.nomineeId()).append("\" data-rank=\"").append(e.rank()).append("\"")
                    .append(e.winner() ? " class=\"winner\"" : "").append("><td data-label=\"Peringkat\">").append(e.rank())
                    .append("</td><td data-label=\"Nama\">").append(escape(e.name())).append("</td><td data-label=\"Unit\">")
                    .append(escape(e.unitName())).append("</td><td data-label=\"Total\"><strong class=\"total\">")
                    .append(Words.decimal(e.total())).append("</strong>").append(e.winner() ? " <span class=\"badge ok\">Juara</span>" : "")
                    .append("</td><td data-label=\"Rincian\"><ul class=\"lines\">");
            for (Ranking.Line l : e.lines()) {
                body.append("<li data-criterion=\"").append(escape(l.criterionId())).append("\">").append(escape(l.title())).append(": ")
                        .append(Words.decimal(l.score())).append(" × bobot ").append(escape(Words.weight(l.weight()))).append(" ÷ ").append(sum)
                        .append(" = <strong>")
                        .append(Words.decimal(l.contribution())).append("</strong>");
                String note = l.jurors() > 0 ? l.jurors() + " juri" : l.note();
                if (note != null) {
                    body.append(" <span class=\"muted\">(").append(escape(note)).append(")</span>");
                }
                body.append("</li>");
            }
            body.append("</ul></td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }
}
