package org.bimtek.certification.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.ladder.RequirementSpec;
import org.bimtek.certification.internal.ladder.TierProgress;
import org.bimtek.certification.internal.ladder.TierSpec;

/** The JSON shapes of certification's API, in one place so that the pages and the API say the same. */
final class CertificateViews {

    private CertificateViews() {
    }

    static Map<String, Object> certificate(Certificate c, LocalDate today, int warningDays, String baseUrl) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", c.number());
        view.put("code", c.code());
        view.put("tier", c.tier().name());
        view.put("tierTitle", c.snapshot().tierTitle());
        view.put("holderName", c.holderName());
        view.put("issuedAt", c.issuedAt());
        view.put("issuedOn", c.snapshot().issuedOn());
        view.put("validUntil", c.validUntil());
        view.put("status", c.status(today).name());
        view.put("expiringSoon", !c.withdrawn() && !c.validUntil().isBefore(today) && !c.validUntil().isAfter(today.plusDays(warningDays)));
        view.put("revokedAt", c.revokedAt());
        view.put("revocationReason", c.revokeReason());
        view.put("supersededBy", c.supersededBy());
        view.put("verifyUrl", baseUrl + c.verifyPath());
        view.put("pdf", "/api/certificates/" + c.code() + ".pdf");
        view.put("credential", "/api/certificates/" + c.code() + "/credential");
        view.put("snapshot", c.snapshot());
        return view;
    }

    static List<Map<String, Object>> certificates(List<Certificate> list, LocalDate today, int warningDays, String baseUrl) {
        return list.stream().map(c -> certificate(c, today, warningDays, baseUrl)).toList();
    }

    static Map<String, Object> tier(TierSpec spec) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("tier", spec.tier().name());
        view.put("title", spec.title());
        view.put("code", spec.code());
        view.put("validityYears", spec.validityYears());
        view.put("approval", spec.approval());
        view.put("configured", spec.configured());
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (RequirementSpec r : spec.requirements()) {
            requirements.add(Map.of("type", r.type(), "parameters", r.parameters()));
        }
        view.put("requirements", requirements);
        return view;
    }

    static Map<String, Object> progress(TierProgress progress, List<Certificate> mine, LocalDate today) {
        Map<String, Object> view = tier(progress.spec());
        view.put("met", progress.met());
        view.put("total", progress.requirements().size());
        view.put("complete", progress.complete());
        view.put("summary", progress.met() + " dari " + progress.requirements().size() + " persyaratan terpenuhi");
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int i = 0; i < progress.requirements().size(); i++) {
            Evaluation e = progress.requirements().get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("type", progress.spec().requirements().get(i).type());
            r.put("met", e.met());
            r.put("label", e.label());
            r.put("missing", e.missing());
            r.put("link", e.link());
            requirements.add(r);
        }
        view.put("requirements", requirements);
        Certificate held = mine.stream().filter(c -> c.tier() == progress.spec().tier() && !c.withdrawn()).findFirst().orElse(null);
        view.put("certificate", held == null ? null : Map.of("number", held.number(), "code", held.code(),
                "status", held.status(today).name(), "validUntil", held.validUntil()));
        return view;
    }
}
