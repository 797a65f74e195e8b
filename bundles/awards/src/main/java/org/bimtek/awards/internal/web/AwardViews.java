package org.bimtek.awards.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.JuryScore;
import org.bimtek.awards.internal.model.Juror;
import org.bimtek.awards.internal.model.Nominee;
import org.bimtek.awards.internal.model.Phase;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.publish.StoredCredential;
import org.bimtek.awards.internal.ranking.Ranking;

/** The JSON shapes of the awards API. */
final class AwardViews {

    private AwardViews() {
    }

    static Map<String, Object> programme(Programme p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("title", p.title());
        json.put("period", p.period());
        json.put("phase", p.phase().name());
        json.put("phaseLabel", p.phase().label());
        json.put("winners", p.winners());
        json.put("criteria", p.criteria().stream().map(AwardViews::criterion).toList());
        json.put("createdBy", p.createdBy());
        json.put("createdAt", p.createdAt());
        json.put("publishedAt", p.publishedAt());
        json.put("revoked", p.revoked());
        json.put("revokedAt", p.revokedAt());
        json.put("revocationReason", p.revocationReason());
        json.put("page", p.verifyPath());
        return json;
    }

    static Map<String, Object> criterion(Criterion c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("title", c.title());
        json.put("kind", c.kind().name());
        json.put("source", c.source() == null ? null : c.source().name());
        json.put("weight", c.weight());
        return json;
    }

    static Map<String, Object> nominee(Nominee n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("personId", n.personId());
        json.put("name", n.name());
        json.put("unitId", n.unitId());
        json.put("unit", n.unitName());
        json.put("nominatedBy", n.nominatedBy());
        json.put("nominatedAt", n.nominatedAt());
        return json;
    }

    static Map<String, Object> juror(Juror j) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", j.userId());
        json.put("name", j.displayName());
        json.put("addedBy", j.addedBy());
        json.put("addedAt", j.addedAt());
        return json;
    }

    static Map<String, Object> score(JuryScore s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nomineeId", s.nomineeId());
        json.put("criterionId", s.criterionId());
        json.put("score", s.score());
        json.put("note", s.note());
        json.put("scoredAt", s.scoredAt());
        return json;
    }

    /** The ranking with each criterion's score and contribution, so that it explains itself. */
    static Map<String, Object> ranking(Programme p, List<Ranking.Entry> entries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("programmeId", p.id());
        json.put("phase", p.phase().name());
        json.put("frozen", p.phase() == Phase.PUBLISHED);
        json.put("winners", p.winners());
        json.put("sumOfWeights", p.criteria().stream().map(c -> BigDecimal.valueOf(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add));
        json.put("formula", "total = jumlah(bobot x nilai) / jumlah bobot; kontribusi = bobot x nilai / jumlah bobot");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Ranking.Entry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", e.rank());
            row.put("nomineeId", e.nomineeId());
            row.put("personId", e.personId());
            row.put("name", e.name());
            row.put("unit", e.unitName());
            row.put("total", e.total());
            row.put("winner", e.winner());
            row.put("criteria", e.lines().stream().map(AwardViews::line).toList());
            rows.add(row);
        }
        json.put("entries", rows);
        return json;
    }

    private static Map<String, Object> line(Ranking.Line l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("criterionId", l.criterionId());
        json.put("title", l.title());
        json.put("kind", l.kind());
        json.put("weight", l.weight());
        json.put("score", l.score());
        json.put("contribution", l.contribution());
        json.put("jurors", l.jurors());
        json.put("note", l.note());
        return json;
    }

    /** The public winners of a published programme, each with their signed credential. */
    static Map<String, Object> winners(Programme p, List<StoredCredential> credentials, List<Ranking.Entry> frozen) {
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("id", p.id());
        programme.put("title", p.title());
        programme.put("period", p.period());
        programme.put("publishedAt", p.publishedAt());
        programme.put("page", p.verifyPath());
        List<Map<String, Object>> winners = new ArrayList<>();
        for (StoredCredential c : credentials) {
            Ranking.Entry entry = frozen.stream().filter(e -> e.nomineeId() == c.nomineeId()).findFirst().orElse(null);
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("rank", c.rank());
            w.put("name", c.holderName());
            w.put("unit", entry == null ? null : entry.unitName());
            w.put("total", entry == null ? null : entry.total());
            w.put("credentialId", c.id());
            w.put("credential", c.jws());
            winners.add(w);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("programme", programme);
        json.put("winners", winners);
        return json;
    }
}
