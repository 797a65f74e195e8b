package org.bimtek.certification.internal.ladder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One requirement as the ladder's configuration states it: a type and its parameters. */
public record RequirementSpec(String type, Map<String, String> parameters) {

    public RequirementSpec {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses {@code quiz-passed quiz=kuis-x minScore=70}. */
    static RequirementSpec parse(String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words[0].contains("=")) {
            throw new IllegalArgumentException("Persyaratan tanpa jenis: '" + text.trim() + "'");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0 || eq == words[i].length() - 1) {
                throw new IllegalArgumentException("Parameter '" + words[i] + "' pada '" + text.trim() + "' harus berbentuk nama=nilai");
            }
            parameters.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return new RequirementSpec(words[0], parameters);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? type
                : type + " " + parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
