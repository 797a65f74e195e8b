package org.bimtek.quiz.internal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.bimtek.api.quiz.ClientOption;
import org.bimtek.api.quiz.ClientQuestion;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;

/** What the question-type tests share: JSON written with single quotes, and the checks every type must pass. */
final class Fixtures {

    /** The id key the converter tests use; an installation has its own, secret. */
    static final byte[] ID_KEY = "bimtek-test-id-key-32-bytes-long".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Single quotes, so that the JSON in the tests needs no escaping. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    /** The only field names a presented question may carry: ClientQuestion's and ClientOption's. */
    private static final Set<String> CLIENT_FIELDS = Set.of("slot", "type", "text", "format", "options", "items", "id");

    private Fixtures() {
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionDefinition question(String type, String data) {
        return new QuestionDefinition("bank#q", type, "Teks soal?", "moodle", json(data), "Umpan balik umum.");
    }

    static String serialised(ClientQuestion question) {
        try {
            return MAPPER.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the question as the browser gets it carries nothing of the key: only the client fields (so no
     * "answer", "option" or "fraction" field), no "fraction" or "feedback" anywhere, not the general feedback, and
     * none of the given secrets (feedback texts, right answers).
     */
    static void assertNoLeak(ClientQuestion question, String... secrets) {
        String json = serialised(question);
        Set<String> fields = new TreeSet<>();
        collectFields(json(json), fields);
        assertTrue(CLIENT_FIELDS.containsAll(fields), "unexpected fields " + fields + " in " + json);
        for (String marker : List.of("fraction", "feedback", "\"option\"", "Umpan balik umum")) {
            assertFalse(json.contains(marker), marker + " leaks in " + json);
        }
        for (String secret : secrets) {
            assertFalse(json.contains(secret), secret + " leaks in " + json);
        }
    }

    private static void collectFields(JsonNode node, Set<String> fields) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            fields.add(names.next());
        }
        for (JsonNode child : node) {
            collectFields(child, fields);
        }
    }

    static List<String> ids(List<ClientOption> options) {
        List<String> ids = new ArrayList<>();
        for (ClientOption o : options) {
            ids.add(o.id());
        }
        return ids;
    }

    /** Asserts that {@code shuffled} holds the same options as {@code original}, in another order. */
    static void assertShuffled(List<ClientOption> original, List<ClientOption> shuffled) {
        assertEquals(new HashSet<>(original), new HashSet<>(shuffled));
        assertEquals(original.size(), shuffled.size());
        assertNotEquals(ids(original), ids(shuffled));
    }

    /** Asserts that a seeded random shuffles the same way every time: an attempt's order can be recomputed. */
    static void assertReproducible(QuestionType type, QuestionDefinition question, long seed) {
        assertEquals(type.present(1, question, new Random(seed)), type.present(1, question, new Random(seed)));
    }

    static void assertAccepted(QuestionType type, QuestionDefinition question, String response) {
        assertEquals(Optional.empty(), type.check(question, json(response)), response);
    }

    static void assertRejected(QuestionType type, QuestionDefinition question, String response, String message) {
        assertEquals(Optional.of(message), type.check(question, json(response)), response);
    }
}
