package org.bimtek.awards.internal.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.awards.internal.jury.Jury;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.JuryScore;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.nomination.Nominations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A programme's ranking: live until publication (computed criteria read now, the jurors' scores as they stand), and
 * from then on the ranking frozen at publication, whatever happens to the data it was computed from.
 */
@Component(service = Rankings.class)
public final class Rankings {

    private final Database database;
    private final Nominations nominations;
    private final Jury jury;
    private final ComputedScores computed;

    @Activate
    public Rankings(@Reference Database database, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.awards)") Schema schema,
            @Reference Nominations nominations, @Reference Jury jury, @Reference ComputedScores computed) {
        this(database, nominations, jury, computed);
    }

    public Rankings(Database database, Nominations nominations, Jury jury, ComputedScores computed) {
        this.database = database;
        this.nominations = nominations;
        this.jury = jury;
        this.computed = computed;
    }

    /** The frozen ranking of a published programme, the live one otherwise. */
    public List<Ranking.Entry> ranking(Programme programme) {
        return programme.phase() == Phase.PUBLISHED ? frozen(programme.id()) : live(programme);
    }

    public List<Ranking.Entry> frozen(long programmeId) {
        return database.withConnection(c -> ResultStore.of(c, programmeId));
    }

    /** The ranking as it would be published now. */
    public List<Ranking.Entry> live(Programme programme) {
        Map<Long, Map<String, List<Integer>>> scores = new HashMap<>();
        for (JuryScore s : jury.scores(programme.id())) {
            scores.computeIfAbsent(s.nomineeId(), id -> new HashMap<>()).computeIfAbsent(s.criterionId(), id -> new ArrayList<>()).add(s.score());
        }
        List<Ranking.Input> inputs = new ArrayList<>();
        for (Nominee n : nominations.nominees(programme.id())) {
            Map<String, ComputedScore> values = new LinkedHashMap<>();
            for (Criterion c : programme.criteria()) {
                if (!c.isJury()) {
                    values.put(c.id(), computed.score(c.source(), n, programme));
                }
            }
            inputs.add(new Ranking.Input(n.id(), n.personId(), n.name(), n.unitName(), values, scores.getOrDefault(n.id(), Map.of())));
        }
        return Ranking.rank(programme.criteria(), programme.winners(), inputs);
    }
}
