package org.bimtek.certification.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.User;
import org.bimtek.api.registry.Person;
import org.bimtek.api.registry.Registry;
import org.bimtek.api.registry.Unit;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.Issuer;
import org.bimtek.certification.internal.ladder.TierProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Ladder progress of the people of a unit and everything under it, for its SUPERVISOR (only their own subtree) and for
 * administrators: who holds which tier, and how far each is toward the next.
 */
@Component(service = UnitProgress.class)
public final class UnitProgress {

    /** Evaluating the ladder reads several tables per person: a unit page stays within this many people. */
    static final int MAX_PEOPLE = 300;

    private final Registry registry;
    private final Issuer issuer;

    @Activate
    public UnitProgress(@Reference Registry registry, @Reference Issuer issuer) {
        this.registry = registry;
        this.issuer = issuer;
    }

    /** The unit the user may look at: the asked one if in their scope, else (none asked) their own. */
    public Unit unitFor(User user, Long asked) {
        if (user.hasRole(Role.ADMIN)) {
            long id = asked != null ? asked : registry.units().stream().findFirst().map(Unit::id)
                    .orElseThrow(() -> ApiException.notFound("Registri belum berisi unit."));
            return registry.unit(id).orElseThrow(() -> ApiException.notFound("Unit tidak ditemukan."));
        }
        Optional<Long> own = user.hasRole(Role.SUPERVISOR) ? registry.supervisedUnit(user.id()) : Optional.empty();
        if (own.isEmpty()) {
            throw ApiException.forbidden("Akun Anda belum ditugaskan untuk mengawasi unit mana pun.");
        }
        long id = asked != null ? asked : own.get();
        // Outside the supervisor's subtree is answered as if it did not exist.
        return registry.subtree(own.get()).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("Unit tidak ditemukan."));
    }

    public Map<String, Object> report(Unit unit, Locale locale) {
        List<Person> people = registry.peopleUnder(unit.id());
        LocalDate today = issuer.today();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Person p : people.subList(0, Math.min(people.size(), MAX_PEOPLE))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", p.id());
            row.put("name", p.fullName());
            row.put("unitId", p.unitId());
            row.put("unitName", registry.unit(p.unitId()).map(Unit::name).orElse(null));
            List<Map<String, Object>> tiers = new ArrayList<>();
            List<Certificate> held = p.userId() == null ? List.of() : issuer.certificates(p.userId());
            List<TierProgress> progress = p.userId() == null ? List.of() : issuer.progress(p.userId(), locale);
            for (TierProgress t : progress) {
                Map<String, Object> tier = new LinkedHashMap<>();
                tier.put("tier", t.spec().tier().name());
                tier.put("met", t.met());
                tier.put("total", t.requirements().size());
                tier.put("certified", held.stream().anyMatch(c -> c.tier() == t.spec().tier() && c.status(today) == CertificateStatus.VALID));
                tiers.add(tier);
            }
            row.put("hasAccount", p.userId() != null);
            row.put("tiers", tiers);
            rows.add(row);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("unitId", unit.id());
        report.put("unitName", unit.name());
        report.put("people", rows);
        report.put("truncated", people.size() > MAX_PEOPLE);
        return report;
    }
}
