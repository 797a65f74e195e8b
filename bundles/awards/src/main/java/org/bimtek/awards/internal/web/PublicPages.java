package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.publish.StoredCredential;
import org.bimtek.awards.internal.ranking.Ranking;
import org.bimtek.awards.internal.ranking.Rankings;

/**
 * The public pages, no login needed: {@code /penghargaan} lists the published programmes and their winners (and, for a
 * logged-in user, the programmes where they have work to do); {@code /penghargaan/<id>} shows one programme's winners
 * and is the page a winner's credential points to.
 */
final class PublicPages {

    private final Programmes programmes;
    private final Publisher publisher;
    private final Rankings rankings;
    private final Jury jury;

    PublicPages(Programmes programmes, Publisher publisher, Rankings rankings, Jury jury) {
        this.programmes = programmes;
        this.publisher = publisher;
        this.rankings = rankings;
        this.jury = jury;
    }

    void list(Page page) throws IOException {
        List<Programme> all = programmes.all();
        StringBuilder body = new StringBuilder("<h1>Penghargaan Pengelola Medsos Terbaik</h1>\n<p class=\"muted\">Penghargaan Pemerintah Kota ")
                .append("Samarinda bagi pengelola akun media sosial instansi terbaik: dinominasikan unitnya, dinilai juri, ")
                .append("diperingkat dengan kriteria yang terbuka.</p>\n");
        Optional<User> user = page.maybeUser();
        if (user.isPresent()) {
            work(body, user.get(), all);
        }
        body.append("<h2>Pemenang yang sudah diumumkan</h2>\n");
        List<Programme> published = all.stream().filter(Programme::isPublic).toList();
        if (published.isEmpty()) {
            body.append("<p class=\"muted\" id=\"no-published\">Belum ada penghargaan yang diumumkan.</p>\n");
        }
        for (Programme p : published) {
            body.append("<section class=\"card award\" data-programme=\"").append(p.id()).append("\"><h3><a href=\"").append(p.verifyPath())
                    .append("\">").append(escape(p.title())).append("</a></h3><p class=\"muted\">Periode ").append(escape(p.period()))
                    .append(", diumumkan ").append(escape(Words.date(p.publishedAt()))).append("</p>");
            winners(body, publisher.credentials(p.id()), rankings.frozen(p.id()));
            body.append("</section>\n");
        }
        page.render(200, "Penghargaan", body);
    }

    /** Links to what this user can do now: manage, nominate, score. */
    private void work(StringBuilder body, User user, List<Programme> all) {
        Set<Long> judged = jury.programmesJudgedBy(user.id());
        StringBuilder links = new StringBuilder();
        if (Permissions.isAdmin(user)) {
            links.append("<li><a class=\"button\" href=\"/penghargaan/kelola\" id=\"manage-link\">Kelola penghargaan</a></li>");
        }
        for (Programme p : all) {
            if (p.phase() == Phase.NOMINATION && (Permissions.isAdmin(user) || Permissions.isSupervisor(user))) {
                links.append("<li><a href=\"/penghargaan/").append(p.id()).append("/nominasi\">Nominasikan untuk ").append(escape(p.title()))
                        .append("</a></li>");
            }
            if (judged.contains(p.id()) && p.phase() != Phase.PUBLISHED) {
                links.append("<li><a href=\"/penghargaan/").append(p.id()).append("/juri\">Nilai sebagai juri: ").append(escape(p.title()))
                        .append("</a>").append(p.phase() == Phase.NOMINATION ? " <span class=\"muted\">(dibuka setelah nominasi ditutup)</span>" : "")
                        .append("</li>");
            }
        }
        if (!links.isEmpty()) {
            body.append("<h2>Tugas Anda</h2>\n<ul class=\"work\" id=\"my-work\">").append(links).append("</ul>\n");
        }
    }

    /** {@code /penghargaan/<id>}: the winners of a published programme; a revoked one says so. */
    void programme(Page page, long id) throws IOException {
        Programme p = programmes.find(id).filter(x -> x.phase() == Phase.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("Penghargaan ini tidak ditemukan atau pemenangnya belum diumumkan."));
        StringBuilder body = new StringBuilder("<p><a href=\"/penghargaan\">← Semua penghargaan</a></p>\n<h1>").append(escape(p.title()))
                .append("</h1>\n<p class=\"muted\">Periode ").append(escape(p.period())).append(", diumumkan ")
                .append(escape(Words.date(p.publishedAt()))).append(" oleh Pemerintah Kota Samarinda.</p>\n");
        if (p.revoked()) {
            body.append("<p class=\"error\" id=\"revoked\">Penghargaan ini dicabut pada ").append(escape(Words.date(p.revokedAt())))
                    .append(": ").append(escape(p.revocationReason())).append("</p>\n");
            page.render(410, p.title(), body);
            return;
        }
        body.append("<h2>Para juara</h2>\n");
        winners(body, publisher.credentials(p.id()), rankings.frozen(p.id()));
        body.append("<h2>Cara penilaian</h2>\n<ul class=\"criteria\">");
        p.criteria().forEach(c -> body.append("<li>").append(escape(c.title())).append(" — bobot ").append(escape(Words.weight(c.weight())))
                .append(c.isJury() ? ", dinilai juri" : ", dihitung dari data pelatihan").append("</li>"));
        body.append("</ul>\n<p class=\"muted\">Setiap juara menerima kredensial digital (Open Badges 3.0) yang ditandatangani penerbit; ")
                .append("keabsahannya dapat diperiksa dengan <code>POST /api/verify</code> dan kunci publik di ")
                .append("<a href=\"/.well-known/jwks.json\">/.well-known/jwks.json</a>.</p>\n");
        page.render(200, p.title(), body);
    }

    private static void winners(StringBuilder body, List<StoredCredential> credentials, List<Ranking.Entry> frozen) {
        body.append("<ul class=\"winners\">");
        for (StoredCredential c : credentials) {
            String unit = frozen.stream().filter(e -> e.nomineeId() == c.nomineeId()).map(Ranking.Entry::unitName).findFirst().orElse("");
            body.append("<li data-rank=\"").append(c.rank()).append("\"><span class=\"badge ok\">Juara ").append(c.rank())
                    .append("</span> <strong>").append(escape(c.holderName())).append("</strong> <span class=\"muted\">")
                    .append(escape(unit)).append("</span></li>");
        }
        body.append("</ul>\n");
    }
}
