package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the one field of a response object ({@code {"choice": id}}, {@code {"order": [ids]}}...). Anything that
 * does not fit throws a {@link MalformedResponse} whose message says what is wrong. A response carries exactly
 * its one field: an extra field is refused rather than ignored, because it is almost always a response meant
 * for another type ({@code {"choices": [...]}} sent to a single-choice question).
 */
final class Responses {

    /** Values echoed in a message are cut to this length: the message should not repeat a huge input. */
    private static final int SHOWN = 40;

    private Responses() {
    }

    /** The value of the field {@code name}, which must be the response's only field and not null. */
    static JsonNode field(JsonNode response, String name) {
        if (response == null || !response.isObject()) {
            throw new MalformedResponse("Jawaban harus berupa objek JSON, misalnya {\"" + name + "\": ...}");
        }
        JsonNode value = response.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedResponse("Kolom \"" + name + "\" tidak ada");
        }
        Iterator<String> names = response.fieldNames();
        while (names.hasNext()) {
            String other = names.next();
            if (!other.equals(name)) {
                throw new MalformedResponse("Kolom tidak dikenal: " + shown(other));
            }
        }
        return value;
    }

    static String text(JsonNode response, String name) {
        JsonNode value = field(response, name);
        if (!value.isTextual()) {
            throw new MalformedResponse("Kolom \"" + name + "\" harus berupa teks");
        }
        return value.textValue();
    }

    static double number(JsonNode response, String name) {
        JsonNode value = field(response, name);
        if (!value.isNumber()) {
            throw new MalformedResponse("Kolom \"" + name + "\" harus berupa angka");
        }
        double x = value.doubleValue();
        if (!Double.isFinite(x)) {
            // A huge integer or a hand-built NaN node: no answer range can sensibly contain it.
            throw new MalformedResponse("Kolom \"" + name + "\" berada di luar jangkauan angka");
        }
        return x;
    }

    /** The one field as an id: a text that must be one of {@code known}. */
    static String id(JsonNode response, String name, Set<String> known, Noun noun) {
        String id = text(response, name);
        if (!known.contains(id)) {
            throw new MalformedResponse(noun.unknown(id));
        }
        return id;
    }

    /** The one field as a list of ids, each a text from {@code known}, none twice; the list may be empty. */
    static List<String> ids(JsonNode response, String name, Set<String> known, Noun noun) {
        JsonNode value = field(response, name);
        if (!value.isArray()) {
            throw new MalformedResponse("Kolom \"" + name + "\" harus berupa daftar");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new MalformedResponse("Isi kolom \"" + name + "\" harus berupa teks");
            }
            String id = element.textValue();
            if (!known.contains(id)) {
                throw new MalformedResponse(noun.unknown(id));
            }
            if (!seen.add(id)) {
                throw new MalformedResponse(noun.repeated(id));
            }
            ids.add(id);
        }
        return ids;
    }

    /** The one field as an object of ids to ids ({@code {"pairs": {itemId: optionId}}}); it may be empty. */
    static Map<String, String> pairs(JsonNode response, String name, Set<String> keys, Noun keyNoun, Set<String> values,
            Noun valueNoun) {
        JsonNode value = field(response, name);
        if (!value.isObject()) {
            throw new MalformedResponse("Kolom \"" + name + "\" harus berupa objek");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> pair = fields.next();
            if (!keys.contains(pair.getKey())) {
                throw new MalformedResponse(keyNoun.unknown(pair.getKey()));
            }
            if (!pair.getValue().isTextual()) {
                throw new MalformedResponse("Pasangan untuk " + shown(pair.getKey()) + " harus berupa teks");
            }
            String target = pair.getValue().textValue();
            if (!values.contains(target)) {
                throw new MalformedResponse(valueNoun.unknown(target));
            }
            pairs.put(pair.getKey(), target);
        }
        return pairs;
    }

    /** A value as a message shows it: cut when long, control characters replaced, so that it stays one line. */
    static String shown(String value) {
        if (value.isEmpty()) {
            return "(kosong)";
        }
        String cut = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        StringBuilder b = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    /** What an id names, for the messages about it. */
    enum Noun {
        OPTION("Pilihan"),
        ITEM("Butir");

        private final String word;

        Noun(String word) {
            this.word = word;
        }

        String unknown(String id) {
            return word + " tidak dikenal: " + shown(id);
        }

        String repeated(String id) {
            return word + " disebut lebih dari sekali: " + shown(id);
        }
    }
}
