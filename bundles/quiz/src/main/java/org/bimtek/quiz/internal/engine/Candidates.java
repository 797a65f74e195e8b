package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionDefinition;

/**
 * Responses worth trying on a question, built only from what any question exposes: the ids it presents and the
 * strings and numbers in its data. The shapes are the ones {@link org.bimtek.api.quiz.QuestionType} documents;
 * which shape a question takes is left to its type's {@code check}, so nothing here knows a type by name.
 */
final class Candidates {

    /** Bounds each enumeration (permutations, assignments, data values): enough for every real question, cheap to grade. */
    static final int LIMIT = 5000;
    /** 2^8 subsets; beyond that the search in {@link BestResponse} toggles options one at a time. */
    static final int MAX_SUBSET_OPTIONS = 8;

    /** A free text for questions an instructor grades: what a trainee who read the lessons might write. */
    static final String PARAGRAPH = "Menurut saya, akun resmi instansi berbicara atas nama instansi, bukan atas nama pribadi "
            + "pengelolanya. Karena itu setiap unggahan harus berisi informasi yang benar dari sumber resmi, ditinjau oleh orang "
            + "lain sebelum terbit, dan ditulis dengan bahasa yang jelas dan santun. Pertanyaan serta keluhan warga ditanggapi "
            + "dengan cepat dan diteruskan ke unit yang berwenang, data pribadi warga tidak pernah diunggah, dan setiap unggahan "
            + "dicatat agar dapat dipertanggungjawabkan.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)*");

    private Candidates() {
    }

    /** Every candidate, the option-based shapes first, then texts (the paragraph first) and numbers. */
    static List<JsonNode> of(QuestionDefinition definition, ClientQuestion presented) {
        List<String> options = ids(presented.options());
        List<String> items = ids(presented.items());
        List<JsonNode> all = new ArrayList<>();
        options.forEach(id -> all.add(one("choice", NODES.textNode(id))));
        if (!options.isEmpty()) {
            subsets(options.subList(0, Math.min(options.size(), MAX_SUBSET_OPTIONS)), all);
            permutations(options, new ArrayList<>(), new boolean[options.size()], all, new int[] {LIMIT});
        }
        if (!items.isEmpty() && !options.isEmpty()) {
            // An option may serve several items; all assignments when that is cheap, else one option per item.
            boolean injective = Math.pow(options.size(), items.size()) > LIMIT && options.size() >= items.size();
            assignments(items, options, injective, new String[items.size()], 0, all, new int[] {LIMIT});
        }
        Set<String> texts = new LinkedHashSet<>();
        Set<Double> numbers = new LinkedHashSet<>();
        texts.add(PARAGRAPH);
        walk(definition.data(), texts, numbers);
        texts.stream().limit(LIMIT).forEach(t -> all.add(one("text", NODES.textNode(t))));
        numbers.stream().limit(LIMIT).forEach(x -> all.add(one("number", number(x))));
        return all;
    }

    /**
     * Responses one step from {@code response}, of the same shape: an option added or dropped, two positions
     * swapped, one item paired otherwise. Lets the search climb where the enumerations above were cut short.
     */
    static List<JsonNode> neighbours(JsonNode response, ClientQuestion presented) {
        List<String> options = ids(presented.options());
        List<JsonNode> near = new ArrayList<>();
        if (response.has("choices")) {
            List<String> chosen = texts(response.get("choices"));
            for (String id : options) {
                List<String> next = new ArrayList<>(chosen);
                if (!next.remove(id)) {
                    next.add(id);
                }
                near.add(one("choices", array(next)));
            }
        } else if (response.has("order")) {
            List<String> order = texts(response.get("order"));
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    List<String> next = new ArrayList<>(order);
                    Collections.swap(next, i, j);
                    near.add(one("order", array(next)));
                }
            }
        } else if (response.has("pairs")) {
            for (ClientOption item : presented.items()) {
                for (String option : options) {
                    ObjectNode next = response.get("pairs").deepCopy();
                    next.put(item.id(), option);
                    near.add(one("pairs", next));
                }
            }
        }
        return near;
    }

    private static void subsets(List<String> options, List<JsonNode> all) {
        for (int mask = 0; mask < 1 << options.size(); mask++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(options.get(i));
                }
            }
            all.add(one("choices", array(chosen)));
        }
    }

    private static void permutations(List<String> options, List<String> prefix, boolean[] used, List<JsonNode> all, int[] budget) {
        if (budget[0] <= 0) {
            return;
        }
        if (prefix.size() == options.size()) {
            all.add(one("order", array(prefix)));
            budget[0]--;
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(options.get(i));
                permutations(options, prefix, used, all, budget);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }

    /** Pairs for items {@code at} onwards, each option at most once when {@code injective}; stops when the budget is spent. */
    private static void assignments(List<String> items, List<String> options, boolean injective, String[] chosen, int at,
            List<JsonNode> all, int[] budget) {
        if (budget[0] <= 0) {
            return;
        }
        if (at == items.size()) {
            ObjectNode pairs = NODES.objectNode();
            for (int i = 0; i < items.size(); i++) {
                pairs.put(items.get(i), chosen[i]);
            }
            all.add(one("pairs", pairs));
            budget[0]--;
            return;
        }
        for (String option : options) {
            if (injective && Arrays.asList(chosen).subList(0, at).contains(option)) {
                continue;
            }
            chosen[at] = option;
            assignments(items, options, injective, chosen, at + 1, all, budget);
            chosen[at] = null;
        }
    }

    /** Every string and number anywhere in the data, and the numbers written in its strings. */
    private static void walk(JsonNode node, Set<String> texts, Set<Double> numbers) {
        if (node == null || texts.size() + numbers.size() > 2 * LIMIT) {
            return;
        }
        if (node.isTextual()) {
            texts.add(node.textValue());
            numbersIn(node.textValue(), numbers);
        } else if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            numbers.add(node.doubleValue());
        } else {
            for (JsonNode child : node) { // an object's values, an array's elements
                walk(child, texts, numbers);
            }
        }
    }

    /** "2012", "0,5", "1.000": the separator read as a decimal point, and as a thousands separator. */
    private static void numbersIn(String text, Set<Double> numbers) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group();
            parse(written.replace(',', '.'), numbers);
            parse(written.replace(",", "").replace(".", ""), numbers);
        }
    }

    private static void parse(String number, Set<Double> numbers) {
        try {
            double x = Double.parseDouble(number);
            if (Double.isFinite(x)) {
                numbers.add(x);
            }
        } catch (NumberFormatException e) {
            // "1.2.3": neither reading is a number
        }
    }

    /** Whole numbers as integers, so that a saved answer reads "2012", not "2012.0". */
    private static JsonNode number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? NODES.numberNode((long) x) : NODES.numberNode(x);
    }

    private static ObjectNode one(String field, JsonNode value) {
        ObjectNode response = NODES.objectNode();
        response.set(field, value);
        return response;
    }

    private static ArrayNode array(List<String> ids) {
        ArrayNode array = NODES.arrayNode();
        ids.forEach(array::add);
        return array;
    }

    private static List<String> ids(List<ClientOption> options) {
        return options.stream().map(ClientOption::id).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            texts.add(it.next().asText());
        }
        return texts;
    }
}
