package org.bimtek.certification.internal.credential;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.certification.Evidence;
import org.bimtek.certification.internal.issue.Snapshot;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} in the W3C Verifiable Credentials 2.0 data
 * model, and the JWT claims that go with it when it is secured as a VC-JWT: the credential is the payload, with
 * {@code iss}, {@code jti}, {@code nbf}, {@code iat} and {@code exp} mirroring its issuer, id and validity for
 * JWT tooling.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String STATUS_LIST_PATH = "/api/status-lists/revocation";

    private OpenBadge() {
    }

    public static Map<String, Object> credential(Snapshot s, String credentialId, int statusIndex, String baseUrl, String criteria) {
        String did = DidWeb.of(baseUrl);
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", did);
        issuer.put("type", List.of("Profile"));
        issuer.put("name", s.issuerName());
        issuer.put("url", baseUrl);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", baseUrl + "/api/ladder/" + s.tier());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", "Pengelola Media Sosial Instansi Pemerintah - Tingkat " + s.tierTitle());
        achievement.put("description", "Sertifikat keahlian tingkat " + s.tierTitle()
                + " program Bimbingan Teknis Pengelolaan Media Sosial " + s.issuerName() + ".");
        achievement.put("criteria", Map.of("narrative", criteria));
        achievement.put("creator", issuer);

        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", s.holderName());
        identity.put("identityType", "name");

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);

        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", baseUrl + STATUS_LIST_PATH + "#" + statusIndex);
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(statusIndex));
        status.put("statusListCredential", baseUrl + STATUS_LIST_PATH);

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", s.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        vc.put("validUntil", endOf(s).toString());
        vc.put("name", "Sertifikat " + s.number() + " - Tingkat " + s.tierTitle());
        vc.put("description", "Nomor sertifikat " + s.number() + ". Periksa keabsahannya di " + baseUrl + "/verify.");
        vc.put("credentialSubject", subject);
        vc.put("evidence", evidence(s.evidence()));
        vc.put("credentialStatus", status);
        // JWT registered claims, mirroring the credential for JWT libraries (VC-JOSE-COSE allows them alongside).
        vc.put("iss", did);
        vc.put("jti", credentialId);
        vc.put("iat", s.issuedAt().getEpochSecond());
        vc.put("nbf", s.issuedAt().getEpochSecond());
        vc.put("exp", endOf(s).getEpochSecond());
        return vc;
    }

    /** The last second of the valid-until day, in WITA (UTC+8), where the certificates are issued. */
    static Instant endOf(Snapshot s) {
        return s.validUntil().plusDays(1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().minusSeconds(1);
    }

    private static List<Map<String, Object>> evidence(List<Evidence> evidence) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", List.of("Evidence"));
            item.put("name", e.title());
            item.put("description", describe(e));
            result.add(item);
        }
        return result;
    }

    public static String describe(Evidence e) {
        return switch (e.kind()) {
            case "course" -> "Kursus " + e.title() + " diselesaikan";
            case "quiz" -> "Lulus " + e.title() + (e.score() == null ? "" : " dengan nilai " + Math.round(e.score()));
            case "certificate" -> "Memegang " + e.title();
            case "task" -> e.title() + " diterima" + (e.score() == null ? "" : " dengan nilai " + Math.round(e.score()) + "%");
            default -> e.title() + (e.score() == null ? "" : " (nilai " + Math.round(e.score()) + ")");
        };
    }
}
