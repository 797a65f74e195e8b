package org.bimtek.awards.internal.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bimtek.api.awards.AwardSummary;
import org.bimtek.api.awards.Awards;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.programme.Programmes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The awards a registry person has won, for their person page: published and not revoked, newest first. */
@Component(service = Awards.class)
public final class AwardsService implements Awards {

    private final Publisher publisher;
    private final Programmes programmes;

    @Activate
    public AwardsService(@Reference Publisher publisher, @Reference Programmes programmes) {
        this.publisher = publisher;
        this.programmes = programmes;
    }

    @Override
    public List<AwardSummary> ofPerson(long personId) {
        List<AwardSummary> awards = new ArrayList<>();
        for (StoredCredential won : publisher.ofPerson(personId)) {
            programmes.find(won.programmeId()).filter(Programme::isPublic).ifPresent(p -> awards.add(new AwardSummary(p.id(), p.title(),
                    p.period(), won.rank(), p.publishedAt(), p.verifyPath())));
        }
        awards.sort(Comparator.comparing(AwardSummary::publishedAt).reversed());
        return awards;
    }
}
