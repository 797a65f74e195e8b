package org.bimtek.certification.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.certification.CertificateSummary;
import org.bimtek.api.certification.Certificates;
import org.bimtek.api.course.Tier;
import org.bimtek.api.registry.CertificateTierSource;
import org.bimtek.api.storage.Database;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.bimtek.certification.internal.issue.Issuer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Certificates as the registry sees them: per person on the person page, and the highest valid tier for coverage. */
@Component(service = {Certificates.class, CertificateTierSource.class})
public final class CertificatesService implements Certificates, CertificateTierSource {

    private final Database database;
    private final Issuer issuer;

    @Activate
    public CertificatesService(@Reference Database database, @Reference Issuer issuer) {
        this.database = database;
        this.issuer = issuer;
    }

    @Override
    public List<CertificateSummary> ofPerson(long personId) {
        return summaries(database.withConnection(c -> CertificateStore.ofPerson(c, personId)));
    }

    @Override
    public List<CertificateSummary> ofUser(long userId) {
        return summaries(database.withConnection(c -> CertificateStore.ofUser(c, userId)));
    }

    private List<CertificateSummary> summaries(List<Certificate> list) {
        LocalDate today = issuer.today();
        return list.stream().map(c -> new CertificateSummary(c.number(), c.tier(), c.holderName(), c.snapshot().issuedOn(), c.validUntil(),
                c.status(today), c.verifyPath())).toList();
    }

    @Override
    public Map<Long, Tier> highestTiers(Collection<Long> personIds, LocalDate day) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
        Map<Long, Tier> highest = new HashMap<>();
        // One pass over the standing certificates: the coverage report asks for whole subtrees of people at once.
        database.withConnection(c -> {
            try (var s = c.prepareStatement("SELECT person_id, tier, issued_at FROM cert_certificate WHERE person_id IS NOT NULL "
                    + "AND revoked_at IS NULL AND superseded_by IS NULL AND valid_until >= ?")) {
                s.setDate(1, java.sql.Date.valueOf(day));
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        long person = rs.getLong(1);
                        LocalDate issued = LocalDate.ofInstant(org.bimtek.api.storage.JdbcTime.get(rs, "issued_at"), Issuer.ZONE);
                        if (wanted.contains(person) && !issued.isAfter(day)) {
                            highest.merge(person, Tier.valueOf(rs.getString(2)), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        }
                    }
                }
            }
            return null;
        });
        return highest;
    }
}
