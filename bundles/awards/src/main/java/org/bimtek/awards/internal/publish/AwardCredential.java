package org.bimtek.awards.internal.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;

/**
 * A winner's award as an Open Badges 3.0 {@code OpenBadgeCredential} in the W3C Verifiable Credentials 2.0 data model,
 * ready for {@link org.bimtek.api.certification.CredentialSigner#sign}: the same issuer, keys and verification as the
 * certificates. The achievement's id is the programme's public winners page.
 */
public final class AwardCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String ISSUER_NAME = "Pemerintah Kota Samarinda";

    private AwardCredential() {
    }

    /** "Pengelola Medsos Terbaik 2026 - Juara 1". */
    public static String awardName(Programme programme, int rank) {
        return programme.title() + " - Juara " + rank;
    }

    public static Map<String, Object> of(Programme programme, int rank, String holderName, String credentialId, Instant issuedAt,
            String issuerId, String baseUrl) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId);
        issuer.put("type", List.of("Profile"));
        issuer.put("name", ISSUER_NAME);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", baseUrl + programme.verifyPath());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Award");
        achievement.put("name", awardName(programme, rank));
        achievement.put("description", "Juara " + rank + " " + programme.title() + " periode " + programme.period()
                + ", penghargaan bagi pengelola media sosial instansi terbaik dari " + ISSUER_NAME + ".");
        achievement.put("criteria", Map.of("narrative", narrative(programme)));

        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", holderName);
        identity.put("identityType", "name");

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        vc.put("name", awardName(programme, rank));
        vc.put("credentialSubject", subject);
        return vc;
    }

    /** How the winners were chosen, criterion by criterion with its weight, as the programme defined it. */
    static String narrative(Programme programme) {
        String criteria = programme.criteria().stream().map(AwardCredential::describe).collect(Collectors.joining("; "));
        return "Nominasi diajukan oleh pengawas unit dan admin Diskominfo, lalu diperingkat dengan nilai tertimbang 0-10 dari kriteria: "
                + criteria + ". Juri tidak menilai nominasi dari unitnya sendiri. " + programme.winners()
                + " peringkat teratas ditetapkan sebagai juara; nilai yang sama berbagi peringkat.";
    }

    private static String describe(Criterion c) {
        return c.title() + " (bobot " + Words.weight(c.weight()) + (c.isJury() ? ", dinilai juri" : ", dihitung dari data") + ")";
    }
}
