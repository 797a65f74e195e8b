package org.bimtek.awards.internal.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Json;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.CriterionKind;

/** Checks an administrator's criteria, and keeps them as JSON in the programme's row. */
public final class Criteria {

    static final int MAX_CRITERIA = 12;
    static final int MAX_TITLE = 120;
    static final double MAX_WEIGHT = 1000;

    private Criteria() {
    }

    /** The criteria to store, or a 400 naming the first thing wrong, by the criterion's number as the admin sees it. */
    public static List<Criterion> check(List<ProgrammeInput.CriterionInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw ApiException.badRequest("criteria_required", "Isi paling sedikit satu kriteria penilaian.");
        }
        if (inputs.size() > MAX_CRITERIA) {
            throw ApiException.badRequest("too_many_criteria", "Paling banyak " + MAX_CRITERIA + " kriteria.");
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<ComputedSource> sources = EnumSet.noneOf(ComputedSource.class);
        for (int i = 0; i < inputs.size(); i++) {
            String where = "Kriteria ke-" + (i + 1);
            ProgrammeInput.CriterionInput in = inputs.get(i);
            if (in == null) {
                throw ApiException.badRequest("invalid_criterion", where + " kosong.");
            }
            String title = in.title() == null ? "" : in.title().strip();
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                throw ApiException.badRequest("invalid_criterion", where + ": judul wajib diisi, paling panjang " + MAX_TITLE + " karakter.");
            }
            CriterionKind kind = kind(in.kind(), where);
            ComputedSource source = source(kind, in.source(), where);
            if (source != null && !sources.add(source)) {
                throw ApiException.badRequest("invalid_criterion", where + ": sumber " + source + " sudah dipakai kriteria lain.");
            }
            double weight = weight(in.weight(), where);
            String id = in.id() == null || in.id().isBlank() ? unique(slug(title, i + 1), ids) : in.id().strip();
            if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw ApiException.badRequest("invalid_criterion", where + ": id hanya huruf kecil, angka dan tanda minus (paling panjang 40).");
            }
            if (!ids.add(id)) {
                throw ApiException.badRequest("invalid_criterion", where + ": id \"" + id + "\" sudah dipakai kriteria lain.");
            }
            criteria.add(new Criterion(id, title, kind, source, weight));
        }
        return List.copyOf(criteria);
    }

    private static CriterionKind kind(String text, String where) {
        try {
            return CriterionKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_criterion", where + ": jenis harus COMPUTED (dihitung dari data) atau JURY (dinilai juri).");
        }
    }

    private static ComputedSource source(CriterionKind kind, String text, String where) {
        boolean given = text != null && !text.isBlank();
        if (kind == CriterionKind.JURY) {
            if (given) {
                throw ApiException.badRequest("invalid_criterion", where + ": kriteria juri tidak memakai sumber data.");
            }
            return null;
        }
        try {
            return ComputedSource.valueOf(given ? text.strip().toUpperCase(Locale.ROOT) : "");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_criterion", where + ": sumber harus salah satu dari " + List.of(ComputedSource.values()) + ".");
        }
    }

    private static double weight(Double weight, String where) {
        if (weight == null || weight.isNaN() || weight <= 0 || weight > MAX_WEIGHT) {
            throw ApiException.badRequest("invalid_criterion", where + ": bobot harus lebih dari 0 dan paling besar " + (int) MAX_WEIGHT + ".");
        }
        return weight;
    }

    /** "Konsistensi unggahan akun" becomes {@code konsistensi-unggahan-akun}. */
    static String slug(String title, int position) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 36) {
            plain = plain.substring(0, 36).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "kriteria-" + position : plain;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String toJson(List<Criterion> criteria) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Criterion c : criteria) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("kind", c.kind().name());
            m.put("source", c.source() == null ? null : c.source().name());
            m.put("weight", c.weight());
            out.add(m);
        }
        try {
            return Json.MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Criteria cannot be written as JSON", e);
        }
    }

    static List<Criterion> fromJson(String json) {
        try {
            List<Criterion> criteria = new ArrayList<>();
            for (JsonNode n : Json.MAPPER.readTree(json)) {
                String source = n.path("source").isTextual() ? n.path("source").asText() : null;
                criteria.add(new Criterion(n.path("id").asText(), n.path("title").asText(), CriterionKind.valueOf(n.path("kind").asText()),
                        source == null ? null : ComputedSource.valueOf(source), n.path("weight").asDouble()));
            }
            return criteria;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criteria are not JSON", e);
        }
    }
}
