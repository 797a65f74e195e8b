package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.identity.UserService;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.model.Juror;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.ranking.Rankings;

/**
 * The administrators' pages: {@code /penghargaan/kelola} (the programmes and the form for a new one) and
 * {@code /penghargaan/kelola/<id>} (phase, nominees, jury, the explained ranking, publication and revocation).
 */
final class ManagePages {

    private final Programmes programmes;
    private final Nominations nominations;
    private final Jury jury;
    private final Rankings rankings;
    private final Publisher publisher;
    private final UserService users;

    ManagePages(Programmes programmes, Nominations nominations, Jury jury, Rankings rankings, Publisher publisher, UserService users) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.jury = jury;
        this.rankings = rankings;
        this.publisher = publisher;
        this.users = users;
    }

    /** {@code kelola[/<id>[/<action>...]]}, for administrators only. */
    void handle(Page page, String[] parts) throws IOException {
        Permissions.requireAdmin(page.user(), "membuka halaman ini");
        if (parts.length == 1) {
            if (page.isPost()) {
                create(page);
            } else {
                list(page, 200, null);
            }
            return;
        }
        long id = Page.number(parts[1]);
        if (parts.length == 2 && !page.isPost()) {
            programme(page, programmes.get(id), 200, null);
            return;
        }
        if (!page.isPost()) {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
        try {
            act(page, id, parts);
        } catch (ApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            programme(page, programmes.get(id), e.status(), e.getMessage());
        }
    }

    private void act(Page page, long id, String[] parts) throws IOException {
        User admin = page.user();
        String action = String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        String back = "/penghargaan/kelola/" + id;
        if (action.equals("fase")) {
            Programme p = programmes.get(id);
            // The form says which phase it was shown in: a resent or double-clicked "open the jury" must not publish.
            if (!p.phase().name().equals(page.parameter("dari"))) {
                throw ApiException.conflict("phase_changed", "Fase program sudah berubah (sekarang " + p.phase().label()
                        + "); muat ulang halaman sebelum melanjutkan.");
            }
            if (p.phase() == Phase.NOMINATION) {
                programmes.openJury(admin, id);
                page.redirect(back, "fase");
            } else {
                publisher.publish(admin, id);
                page.redirect(back, "diumumkan");
            }
        } else if (action.equals("juri")) {
            String user = page.parameter("userId");
            jury.assign(admin, id, user == null ? null : Page.number(user));
            page.redirect(back, "juri");
        } else if (parts.length == 5 && parts[2].equals("juri") && parts[4].equals("hapus")) {
            jury.remove(admin, id, Page.number(parts[3]));
            page.redirect(back, "juri-dihapus");
        } else if (action.equals("cabut")) {
            publisher.revoke(admin, id, page.parameter("alasan"));
            page.redirect(back, "dicabut");
        } else {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
    }

    private void create(Page page) throws IOException {
        try {
            Programme created = programmes.create(page.user(), ProgrammeForm.read(page));
            page.redirect("/penghargaan/kelola/" + created.id(), "dibuat");
        } catch (ApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            list(page, e.status(), e.getMessage());
        }
    }

    private void list(Page page, int status, String error) throws IOException {
        StringBuilder body = new StringBuilder("<p><a href=\"/penghargaan\">← Halaman penghargaan</a></p>\n<h1>Kelola penghargaan</h1>\n");
        page.banners(body, error);
        List<Programme> all = programmes.all();
        if (all.isEmpty()) {
            body.append("<p class=\"muted\">Belum ada program.</p>\n");
        } else {
            body.append("<div class=\"table\"><table class=\"stack\" id=\"programmes\"><thead><tr><th>Program</th><th>Periode</th><th>Fase</th>")
                    .append("<th>Nominasi</th></tr></thead><tbody>\n");
            for (Programme p : all) {
                body.append("<tr data-programme=\"").append(p.id()).append("\"><td data-label=\"Program\"><a href=\"/penghargaan/kelola/")
                        .append(p.id()).append("\">").append(escape(p.title())).append("</a></td><td data-label=\"Periode\">")
                        .append(escape(p.period())).append("</td><td data-label=\"Fase\">").append(phaseBadge(p)).append("</td>")
                        .append("<td data-label=\"Nominasi\">").append(nominations.nominees(p.id()).size()).append("</td></tr>\n");
            }
            body.append("</tbody></table></div>\n");
        }
        body.append("<h2>Buat program</h2>\n");
        ProgrammeForm.render(body, page, LocalDate.now(Words.WITA).getYear());
        page.render(status, "Kelola penghargaan", body);
    }

    static String phaseBadge(Programme p) {
        if (p.revoked()) {
            return "<span class=\"badge revoked\">Dicabut</span>";
        }
        return "<span class=\"badge" + (p.phase() == Phase.PUBLISHED ? " ok" : "") + "\" data-phase=\"" + p.phase().name() + "\">"
                + escape(p.phase().label()) + "</span>";
    }

    private void programme(Page page, Programme p, int status, String error) throws IOException {
        StringBuilder body = new StringBuilder("<p><a href=\"/penghargaan/kelola\">← Semua program</a></p>\n<h1>").append(escape(p.title()))
                .append("</h1>\n<p>Periode ").append(escape(p.period())).append(" · ").append(phaseBadge(p)).append(" · ")
                .append(p.winners()).append(" juara</p>\n");
        page.banners(body, error);
        phase(body, page, p);
        List<Nominee> nominees = nominations.nominees(p.id());
        body.append("<h2>Nominasi (").append(nominees.size()).append(")</h2>\n");
        if (p.phase() == Phase.NOMINATION) {
            body.append("<p><a href=\"/penghargaan/").append(p.id()).append("/nominasi\" id=\"nominate-link\">Tambah nominasi</a></p>\n");
        }
        NominationPage.table(body, nominees);
        juryPanel(body, page, p);
        body.append("<h2>Peringkat").append(p.phase() == Phase.PUBLISHED ? " (dibekukan saat diumumkan)" : " sementara").append("</h2>\n");
        RankingTable.render(body, p, rankings.ranking(p));
        if (p.phase() == Phase.PUBLISHED && !p.revoked()) {
            body.append("<p><a href=\"").append(p.verifyPath()).append("\">Halaman publik para juara</a></p>\n<h2>Cabut penghargaan</h2>\n")
                    .append(page.form("/penghargaan/kelola/" + p.id() + "/cabut", "revoke-form"))
                    .append("<label for=\"alasan\">Alasan pencabutan</label><textarea id=\"alasan\" name=\"alasan\" rows=\"3\" maxlength=\"500\" ")
                    .append("required></textarea><button type=\"submit\" class=\"danger\">Cabut penghargaan dan kredensialnya</button></form>\n");
        }
        page.render(status, p.title(), body);
    }

    private static void phase(StringBuilder body, Page page, Programme p) {
        if (p.phase() == Phase.PUBLISHED) {
            body.append("<p class=\"muted\">Diumumkan ").append(escape(Words.date(p.publishedAt()))).append(".")
                    .append(p.revoked() ? " Dicabut " + escape(Words.date(p.revokedAt())) + ": " + escape(p.revocationReason()) : "")
                    .append("</p>\n");
            return;
        }
        boolean nomination = p.phase() == Phase.NOMINATION;
        body.append(page.form("/penghargaan/kelola/" + p.id() + "/fase", "phase-form"))
                .append("<input type=\"hidden\" name=\"dari\" value=\"").append(p.phase().name()).append("\">").append("<p class=\"muted\">")
                .append(nomination ? "Menutup nominasi dan membuka penilaian juri."
                        : "Membekukan peringkat, menetapkan juara dan menerbitkan kredensial bertanda tangan. Tidak dapat dibatalkan.")
                .append("</p><button type=\"submit\" id=\"").append(nomination ? "open-jury" : "publish").append("\">")
                .append(nomination ? "Buka penilaian juri" : "Umumkan pemenang").append("</button></form>\n");
    }

    private void juryPanel(StringBuilder body, Page page, Programme p) {
        List<Juror> jurors = jury.jurors(p.id());
        body.append("<h2>Juri (").append(jurors.size()).append(")</h2>\n<ul class=\"jurors\" id=\"jurors\">");
        for (Juror j : jurors) {
            body.append("<li data-user=\"").append(j.userId()).append("\">").append(escape(j.displayName()));
            if (p.phase() != Phase.PUBLISHED) {
                body.append(" ").append(page.form("/penghargaan/kelola/" + p.id() + "/juri/" + j.userId() + "/hapus", "remove-juror-" + j.userId()))
                        .append("<button type=\"submit\" class=\"small\">Hapus</button></form>");
            }
            body.append("</li>");
        }
        body.append("</ul>\n");
        if (p.phase() == Phase.PUBLISHED) {
            return;
        }
        Set<Long> seated = jurors.stream().map(Juror::userId).collect(Collectors.toSet());
        body.append(page.form("/penghargaan/kelola/" + p.id() + "/juri", "add-juror")).append("<label for=\"userId\">Tambah juri</label>")
                .append("<select id=\"userId\" name=\"userId\" required><option value=\"\">Pilih akun</option>");
        for (User u : users.list()) {
            if (u.active() && !seated.contains(u.id())) {
                body.append("<option value=\"").append(u.id()).append("\">").append(escape(u.displayName() == null ? u.username()
                        : u.displayName() + " (" + u.username() + ")")).append("</option>");
            }
        }
        body.append("</select><p class=\"muted\">Juri tidak dapat menilai nominasi dari unitnya sendiri (menurut registri).</p>")
                .append("<button type=\"submit\">Tambahkan</button></form>\n");
    }
}
