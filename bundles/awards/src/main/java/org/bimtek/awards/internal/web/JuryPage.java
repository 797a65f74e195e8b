package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.jury.ScoreInput;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.JuryScore;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.ranking.Rankings;

/**
 * {@code /penghargaan/<id>/juri}: the juror's scoring form, one row per nominee with a 1-10 choice per JURY criterion and
 * a note on the evidence (e.g. the account's posting consistency). Nominees from the juror's own unit are shown without
 * choices, with the reason. The current ranking follows, as the API gives it to the jury.
 */
final class JuryPage {

    private final Programmes programmes;
    private final Nominations nominations;
    private final Jury jury;
    private final Rankings rankings;

    JuryPage(Programmes programmes, Nominations nominations, Jury jury, Rankings rankings) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.jury = jury;
        this.rankings = rankings;
    }

    void handle(Page page, long id) throws IOException {
        User user = page.user();
        Programme p = programmes.get(id);
        if (!jury.isJuror(id, user.id())) {
            throw ApiException.forbidden("Halaman ini untuk juri program " + p.title() + ".");
        }
        if (!page.isPost()) {
            render(page, p, 200, null);
            return;
        }
        List<String> errors = save(page, p, user);
        if (errors.isEmpty()) {
            page.redirect("/penghargaan/" + id + "/juri", "nilai");
        } else {
            render(page, programmes.get(id), 400, String.join(" ", errors));
        }
    }

    /** Saves every choice made in the form; what is refused is reported, the rest is kept. */
    private List<String> save(Page page, Programme p, User user) {
        List<String> errors = new ArrayList<>();
        for (Nominee n : nominations.nominees(p.id())) {
            String note = page.parameter("catatan-" + n.id());
            for (Criterion c : p.juryCriteria()) {
                String value = page.parameter("nilai-" + n.id() + "-" + c.id());
                if (value == null) {
                    continue;
                }
                try {
                    jury.score(user, p.id(), new ScoreInput(n.id(), c.id(), Double.valueOf(value), note));
                } catch (NumberFormatException e) {
                    errors.add(n.name() + ": nilai harus 1 sampai 10.");
                } catch (ApiException e) {
                    if (e.status() >= 500) {
                        throw e;
                    }
                    errors.add(n.name() + ": " + e.getMessage());
                }
            }
        }
        return errors;
    }

    private void render(Page page, Programme p, int status, String error) throws IOException {
        User user = page.user();
        StringBuilder body = new StringBuilder("<p><a href=\"/penghargaan\">← Penghargaan</a></p>\n<h1>Penilaian juri: ").append(escape(p.title()))
                .append("</h1>\n");
        page.banners(body, error);
        boolean open = p.phase() == Phase.JURY;
        if (!open) {
            body.append("<p class=\"notice\" id=\"not-open\">").append(p.phase() == Phase.NOMINATION
                    ? "Penilaian dibuka setelah admin menutup nominasi." : "Penilaian sudah ditutup: pemenang sudah diumumkan.").append("</p>\n");
        }
        Map<String, JuryScore> mine = new HashMap<>();
        jury.scores(p.id()).stream().filter(s -> s.jurorUserId() == user.id()).forEach(s -> mine.put(s.nomineeId() + "/" + s.criterionId(), s));
        List<Nominee> nominees = nominations.nominees(p.id());
        if (nominees.isEmpty()) {
            body.append("<p class=\"muted\">Belum ada nominasi.</p>\n");
        } else {
            body.append(open ? page.form("/penghargaan/" + p.id() + "/juri", "scores-form") : "<div>")
                    .append("<p class=\"muted\">Nilai 1 (kurang) sampai 10 (sangat baik) untuk setiap kriteria juri. Nilai dapat diubah ")
                    .append("sampai pemenang diumumkan.</p>\n");
            for (Nominee n : nominees) {
                row(body, p, n, user, mine, open);
            }
            body.append(open ? "<button type=\"submit\" id=\"save-scores\">Simpan nilai</button></form>\n" : "</div>\n");
        }
        body.append("<h2>Peringkat").append(p.phase() == Phase.PUBLISHED ? "" : " sementara").append("</h2>\n");
        RankingTable.render(body, p, rankings.ranking(p));
        page.render(status, "Penilaian juri", body);
    }

    private void row(StringBuilder body, Programme p, Nominee n, User user, Map<String, JuryScore> mine, boolean open) {
        body.append("<fieldset class=\"choices nominee-row\" data-nominee=\"").append(n.id()).append("\"><legend>").append(escape(n.name()))
                .append(" <span class=\"muted\">").append(escape(n.unitName())).append("</span></legend>");
        Optional<String> refused = jury.ownUnit(user, n);
        if (refused.isPresent()) {
            body.append("<p class=\"muted own-unit\">").append(escape(refused.get())).append("</p></fieldset>\n");
            return;
        }
        String note = null;
        for (Criterion c : p.juryCriteria()) {
            JuryScore given = mine.get(n.id() + "/" + c.id());
            note = note == null && given != null ? given.note() : note;
            String field = "nilai-" + n.id() + "-" + c.id();
            body.append("<label for=\"").append(escape(field)).append("\">").append(escape(c.title())).append("</label><select id=\"")
                    .append(escape(field)).append("\" name=\"").append(escape(field)).append("\"").append(open ? "" : " disabled")
                    .append("><option value=\"\">Belum dinilai</option>");
            for (int score = 1; score <= 10; score++) {
                body.append("<option value=\"").append(score).append("\"").append(given != null && given.score() == score ? " selected" : "")
                        .append(">").append(score).append("</option>");
            }
            body.append("</select>");
        }
        String noteField = "catatan-" + n.id();
        body.append("<label for=\"").append(noteField).append("\">Catatan bukti (mis. konsistensi unggahan akun)</label><textarea id=\"")
                .append(noteField).append("\" name=\"").append(noteField).append("\" rows=\"2\" maxlength=\"2000\"").append(open ? "" : " disabled")
                .append(">").append(escape(note == null ? "" : note)).append("</textarea></fieldset>\n");
    }
}
