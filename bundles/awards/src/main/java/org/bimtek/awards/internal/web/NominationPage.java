package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.Permissions;
import org.bimtek.awards.internal.programme.Programmes;

/**
 * {@code /penghargaan/<id>/nominasi}: a supervisor nominates people of their unit's subtree, an administrator anyone,
 * from the registry's active people; the nominations made so far are listed under the form.
 */
final class NominationPage {

    private final Programmes programmes;
    private final Nominations nominations;
    private final Access access;

    NominationPage(Programmes programmes, Nominations nominations, Access access) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.access = access;
    }

    void handle(Page page, long id) throws IOException {
        User user = page.user();
        if (!Permissions.isAdmin(user) && !Permissions.isSupervisor(user)) {
            throw ApiException.forbidden("Halaman ini untuk pengawas unit dan admin Diskominfo.");
        }
        Programme p = access.visible(user, programmes.get(id));
        if (!page.isPost()) {
            render(page, p, 200, null);
            return;
        }
        try {
            String person = page.parameter("personId");
            nominations.nominate(user, id, person == null ? null : Page.number(person));
            page.redirect("/penghargaan/" + id + "/nominasi", "nominasi");
        } catch (ApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            render(page, programmes.get(id), e.status(), e.getMessage());
        }
    }

    private void render(Page page, Programme p, int status, String error) throws IOException {
        User user = page.user();
        StringBuilder body = new StringBuilder("<p><a href=\"/penghargaan\">← Penghargaan</a></p>\n<h1>Nominasi: ").append(escape(p.title()))
                .append("</h1>\n");
        page.banners(body, error);
        List<Nominee> nominees = access.nominees(user, p);
        if (p.phase() != Phase.NOMINATION) {
            body.append("<p class=\"notice\" id=\"closed\">Nominasi sudah ditutup (fase ").append(escape(p.phase().label())).append(").</p>\n");
        } else {
            Set<Long> taken = nominations.nominees(p.id()).stream().map(Nominee::personId).collect(Collectors.toSet());
            body.append(page.form("/penghargaan/" + p.id() + "/nominasi", "nominate-form"))
                    .append("<label for=\"personId\">Pengelola medsos yang dinominasikan</label><select id=\"personId\" name=\"personId\" required>")
                    .append("<option value=\"\">Pilih dari registri</option>");
            for (Person person : nominations.candidates(user)) {
                if (!taken.contains(person.id())) {
                    body.append("<option value=\"").append(person.id()).append("\">").append(escape(person.fullName()))
                            .append(person.position() == null ? "" : " — " + escape(person.position())).append("</option>");
                }
            }
            body.append("</select><p class=\"muted\">").append(Permissions.isAdmin(user) ? "Admin dapat menominasikan siapa pun di registri."
                    : "Anda dapat menominasikan orang di unit Anda dan unit di bawahnya.")
                    .append(" Unit saat ini dicatat bersama nominasi.</p><button type=\"submit\">Nominasikan</button></form>\n");
        }
        body.append("<h2>Nominasi tercatat</h2>\n");
        table(body, nominees);
        page.render(status, "Nominasi " + p.title(), body);
    }

    static void table(StringBuilder body, List<Nominee> nominees) {
        if (nominees.isEmpty()) {
            body.append("<p class=\"muted\" id=\"no-nominees\">Belum ada nominasi.</p>\n");
            return;
        }
        body.append("<div class=\"table\"><table class=\"stack\" id=\"nominees\"><thead><tr><th>Nama</th><th>Unit saat nominasi</th>")
                .append("<th>Diajukan oleh</th></tr></thead><tbody>\n");
        for (Nominee n : nominees) {
            body.append("<tr data-nominee=\"").append(n.id()).append("\"><td data-label=\"Nama\">").append(escape(n.name()))
                    .append("</td><td data-label=\"Unit\">").append(escape(n.unitName())).append("</td><td data-label=\"Diajukan oleh\">")
                    .append(escape(n.nominatedBy())).append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }
}
