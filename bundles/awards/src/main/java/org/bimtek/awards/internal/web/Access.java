package org.bimtek.awards.internal.web;

import java.util.List;
import java.util.Set;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.User;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.bimtek.awards.internal.platform.Permissions;

/**
 * Who sees what, the same for the API and the pages. Published programmes are for everyone logged in; an administrator
 * sees all; a juror sees the programmes they judge; a supervisor sees every programme, since they nominate in them and
 * follow their nominees through the jury (the ranking itself stays with the administrators and the jury).
 */
final class Access {

    private final Jury jury;
    private final Nominations nominations;

    Access(Jury jury, Nominations nominations) {
        this.jury = jury;
        this.nominations = nominations;
    }

    boolean canSee(User user, Programme p, Set<Long> judged) {
        return p.isPublic() || Permissions.isAdmin(user) || Permissions.isSupervisor(user) || judged.contains(p.id());
    }

    /** The programme if the user may see it; 404 otherwise, so that nothing is revealed about the others. */
    Programme visible(User user, Programme p) {
        if (!canSee(user, p, jury.programmesJudgedBy(user.id()))) {
            throw ApiException.notFound("Program penghargaan tidak ditemukan.");
        }
        return p;
    }

    List<Programme> visible(User user, List<Programme> all) {
        Set<Long> judged = jury.programmesJudgedBy(user.id());
        return all.stream().filter(p -> canSee(user, p, judged)).toList();
    }

    /** The ranking, with every nominee's scores, is for the administrators and the programme's jury. */
    void requireRankingReader(User user, Programme p) {
        if (!Permissions.isAdmin(user) && !jury.isJuror(p.id(), user.id())) {
            throw ApiException.forbidden("Peringkat hanya untuk admin Diskominfo dan juri program ini.");
        }
    }

    /** All nominees to administrators and jurors; a supervisor's own subtree to a supervisor; nothing to anyone else. */
    List<Nominee> nominees(User user, Programme p) {
        if (Permissions.isAdmin(user) || jury.isJuror(p.id(), user.id())) {
            return nominations.nominees(p.id());
        }
        if (Permissions.isSupervisor(user)) {
            return nominations.nomineesOfSubtree(user, p.id());
        }
        throw ApiException.forbidden("Daftar nominasi hanya untuk admin Diskominfo, pengawas unit dan juri.");
    }
}
