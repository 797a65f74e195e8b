package org.bimtek.certification.internal.ladder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.api.course.Tier;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.bimtek.certification.internal.issue.Issuer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code tier-held tier=DASAR}: a certificate of that tier, valid today (not expired, revoked or superseded). */
@Component(property = RequirementType.TYPE_PROPERTY + "=" + Ladder.TIER_HELD)
public final class TierHeldRequirement implements RequirementType {

    private final Database database;

    @Activate
    public TierHeldRequirement(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.certification)") Schema schema) {
        this.database = database;
    }

    @Override
    public String name() {
        return Ladder.TIER_HELD;
    }

    @Override
    public Optional<String> check(Map<String, String> parameters) {
        try {
            Tier.valueOf(String.valueOf(parameters.get("tier")));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("parameter tier=DASAR|MENENGAH|MAHIR wajib");
        }
    }

    @Override
    public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
        Tier tier = Tier.valueOf(parameters.get("tier"));
        String title = Ladder.defaultTitle(tier);
        String label = Words.of(locale, "Memegang sertifikat tingkat " + title + " yang masih berlaku",
                "Hold a valid " + title + " certificate");
        LocalDate today = LocalDate.now(Issuer.ZONE);
        List<Certificate> ofTier = database.withConnection(c -> CertificateStore.ofUser(c, userId)).stream()
                .filter(c -> c.tier() == tier).toList();
        Optional<Certificate> held = ofTier.stream().filter(c -> c.status(today) == CertificateStatus.VALID).findFirst();
        if (held.isPresent()) {
            Certificate c = held.get();
            return Evaluation.met(label, c.verifyPath(), new Evidence("certificate", c.number(),
                    "sertifikat tingkat " + title + " nomor " + c.number(), null, c.issuedAt()));
        }
        boolean expired = ofTier.stream().anyMatch(c -> c.status(today) == CertificateStatus.EXPIRED);
        return Evaluation.missing(label, expired ? Words.of(locale, "Sertifikat tingkat " + title + " Anda sudah kedaluwarsa",
                "Your " + title + " certificate has expired") : Words.of(locale, "Belum memegang sertifikat tingkat " + title,
                "No " + title + " certificate yet"), "/sertifikat");
    }
}
