package org.bimtek.awards.internal.web;

import java.util.Map;
import javax.servlet.Servlet;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.jury.ScoreInput;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.programme.ProgrammeInput;
import org.bimtek.awards.internal.programme.Programmes;
import org.bimtek.awards.internal.publish.Publisher;
import org.bimtek.awards.internal.ranking.Rankings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The awards' REST API: programmes, phases, nominations, the jury and its scores, the explained ranking, publication,
 * and the public winners. Every role check is made here or in the services behind, never only in a page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-awards-api")
@HttpWhiteboardServletPattern({"/api/awards", "/api/awards/*"})
public final class AwardsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    record PhaseBody(String phase) {
    }

    record NominationBody(Long personId) {
    }

    record JurorBody(Long userId) {
    }

    record RevocationBody(String reason) {
    }

    private final transient Programmes programmes;
    private final transient Nominations nominations;
    private final transient Jury jury;
    private final transient Rankings rankings;
    private final transient Publisher publisher;
    private final transient Access access;

    @Activate
    public AwardsApiServlet(@Reference SessionService sessions, @Reference Programmes programmes, @Reference Nominations nominations,
            @Reference Jury jury, @Reference Rankings rankings, @Reference Publisher publisher) {
        super(sessions);
        this.programmes = programmes;
        this.nominations = nominations;
        this.jury = jury;
        this.rankings = rankings;
        this.publisher = publisher;
        this.access = new Access(jury, nominations);
        get("/api/awards", call -> access.visible(call.user(), programmes.all()).stream().map(AwardViews::programme).toList());
        post("/api/awards", call -> {
            Programme created = programmes.create(call.user(), call.body(ProgrammeInput.class));
            call.status(201);
            return AwardViews.programme(created);
        }).roles(Role.ADMIN);
        get("/api/awards/{id}", call -> AwardViews.programme(visible(call)));
        post("/api/awards/{id}/phase", this::phase).roles(Role.ADMIN);
        post("/api/awards/{id}/nominate", call -> {
            Long personId = call.body(NominationBody.class).personId();
            call.status(201);
            return AwardViews.nominee(nominations.nominate(call.user(), id(call), personId));
        });
        get("/api/awards/{id}/nominees", call -> access.nominees(call.user(), visible(call)).stream().map(AwardViews::nominee).toList());
        get("/api/awards/{id}/jury", call -> {
            Programme p = visible(call);
            access.requireRankingReader(call.user(), p);
            return jury.jurors(p.id()).stream().map(AwardViews::juror).toList();
        });
        post("/api/awards/{id}/jury", call -> {
            Long userId = call.body(JurorBody.class).userId();
            call.status(201);
            return AwardViews.juror(jury.assign(call.user(), id(call), userId));
        }).roles(Role.ADMIN);
        delete("/api/awards/{id}/jury/{userId}", call -> {
            jury.remove(call.user(), id(call), number(call.path("userId")));
            return null;
        }).roles(Role.ADMIN);
        post("/api/awards/{id}/scores", call -> AwardViews.score(jury.score(call.user(), id(call), call.body(ScoreInput.class))));
        get("/api/awards/{id}/scores", call -> {
            Programme p = visible(call);
            if (!jury.isJuror(p.id(), call.user().id())) {
                throw ApiException.forbidden("Anda bukan juri program " + p.title() + ".");
            }
            return jury.scores(p.id()).stream().filter(s -> s.jurorUserId() == call.user().id()).map(AwardViews::score).toList();
        });
        get("/api/awards/{id}/ranking", call -> {
            Programme p = visible(call);
            access.requireRankingReader(call.user(), p);
            return AwardViews.ranking(p, rankings.ranking(p));
        });
        post("/api/awards/{id}/publish", call -> published(publisher.publish(call.user(), id(call)))).roles(Role.ADMIN);
        post("/api/awards/{id}/revoke", call -> AwardViews.programme(publisher.revoke(call.user(), id(call),
                call.body(RevocationBody.class).reason()))).roles(Role.ADMIN);
        get("/api/awards/{id}/winners", call -> {
            Programme p = programmes.find(id(call)).filter(x -> x.phase() == Phase.PUBLISHED)
                    .orElseThrow(() -> ApiException.notFound("Pemenang program ini belum diumumkan."));
            if (p.revoked()) {
                throw ApiException.notFound("Penghargaan ini telah dicabut: " + p.revocationReason());
            }
            return AwardViews.winners(p, publisher.credentials(p.id()), rankings.frozen(p.id()));
        }).open();
    }

    private Object phase(Call call) {
        String wanted = call.body(PhaseBody.class).phase();
        Phase target = Phase.parse(wanted).orElseThrow(() -> ApiException.badRequest("invalid_phase",
                "Fase harus NOMINATION, JURY atau PUBLISHED."));
        return switch (target) {
            case JURY -> AwardViews.programme(programmes.openJury(call.user(), id(call)));
            case PUBLISHED -> published(publisher.publish(call.user(), id(call)));
            case NOMINATION -> throw ApiException.conflict("wrong_phase", "Fase hanya maju: Nominasi, Penilaian juri, Diumumkan.");
        };
    }

    private Map<String, Object> published(Programme p) {
        Map<String, Object> json = AwardViews.programme(p);
        json.put("result", AwardViews.winners(p, publisher.credentials(p.id()), rankings.frozen(p.id())).get("winners"));
        return json;
    }

    private Programme visible(Call call) {
        return access.visible(call.user(), programmes.get(id(call)));
    }

    private static long id(Call call) {
        return number(call.path("id"));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Tidak ditemukan: " + text);
        }
    }
}
