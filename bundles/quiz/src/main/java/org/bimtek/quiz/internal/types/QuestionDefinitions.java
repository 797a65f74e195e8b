package org.bimtek.quiz.internal.types;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.quiz.internal.format.Choice;
import org.bimtek.quiz.internal.format.MatchPair;
import org.bimtek.quiz.internal.format.NumericAnswer;
import org.bimtek.quiz.internal.format.ParsedQuestion;

/**
 * Turns what the GIFT and Aiken parsers read into {@link QuestionDefinition}s of the built-in types.
 *
 * <p>Option and item ids are the first 10 hex digits of an HMAC-SHA256, under the installation's secret id key,
 * of the bank id, the question's index in the bank, whether it is an option or a (matching) item, and its
 * index: the same for every import of the same bank, so that stored responses keep pointing at their options,
 * and telling nothing about the position or the text. The key matters: the scheme is public, and GIFT files
 * usually list the right answer first, so ids computable without it would give the answer away. True/false keeps its ids "true" and
 * "false".
 */
public final class QuestionDefinitions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int ID_LENGTH = 10;
    /** What stands for the blank of a GIFT missing-word question, as in Moodle's importer. */
    static final String BLANK = "_____";

    private QuestionDefinitions() {
    }

    /**
     * The definition of question {@code index} (from 0, in file order) of bank {@code bankId}, or empty for a
     * description, which is text between questions and not a question to grade.
     *
     * @throws IllegalArgumentException when the question does not fit its type (say, a choice question with no
     *         choices); the parsers never produce such questions
     */
    public static Optional<QuestionDefinition> from(ParsedQuestion q, String bankId, int index, byte[] idKey) {
        if (q == null || q.type() == null) {
            throw new IllegalArgumentException("no question, or a question without a type");
        }
        if (bankId == null || bankId.isEmpty()) {
            throw new IllegalArgumentException("a question bank needs an id");
        }
        if (index < 0) {
            throw new IllegalArgumentException("negative question index " + index);
        }
        if (idKey == null || idKey.length < 16) {
            throw new IllegalArgumentException("the id key must have at least 16 bytes");
        }
        Ids ids = new Ids(bankId, index, idKey);
        String type;
        ObjectNode data;
        switch (q.type()) {
            case DESCRIPTION:
                return Optional.empty();
            case SINGLE_CHOICE:
                type = SingleChoiceType.NAME;
                data = choices(q, ids);
                break;
            case MULTIPLE_RESPONSE:
                type = MultipleResponseType.NAME;
                data = choices(q, ids);
                break;
            case TRUE_FALSE:
                type = TrueFalseType.NAME;
                data = trueFalse(q);
                break;
            case SHORT_ANSWER:
                type = ShortAnswerType.NAME;
                data = shortAnswer(q);
                break;
            case NUMERICAL:
                type = NumericalType.NAME;
                data = numerical(q);
                break;
            case MATCHING:
                type = MatchingType.NAME;
                data = matching(q, ids);
                break;
            case ORDERING:
                type = OrderingType.NAME;
                data = ordering(q, ids);
                break;
            case ESSAY:
                type = EssayType.NAME;
                data = JSON.objectNode();
                break;
            default:
                throw new IllegalArgumentException(where(q) + "no question type for " + q.type());
        }
        String id = bankId + "#" + (q.name() != null ? q.name() : String.valueOf(index));
        String format = q.format() == null ? "moodle" : q.format().name().toLowerCase(Locale.ROOT);
        return Optional.of(new QuestionDefinition(id, type, text(q), format, data, q.generalFeedback()));
    }

    /** The text, with the blank of a missing-word question written where the answer block stood. */
    private static String text(ParsedQuestion q) {
        if (!q.missingWord()) {
            return q.text();
        }
        String after = q.textAfterBlank();
        // "{=x}." reads "_____." and not "_____ .": punctuation stays against the blank.
        String gap = after.isEmpty() || ".,;:!?)".indexOf(after.charAt(0)) >= 0 ? "" : " ";
        String before = q.text().isEmpty() ? "" : q.text() + " ";
        return before + BLANK + gap + after;
    }

    private static ObjectNode choices(ParsedQuestion q, Ids ids) {
        List<Choice> choices = require(q, q.choices(), "choices");
        ArrayNode options = JSON.arrayNode();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            ObjectNode o = options.addObject()
                    .put("id", ids.next("option", i))
                    .put("text", c.text())
                    .put("fraction", c.fraction());
            putIfPresent(o, "feedback", c.feedback());
        }
        ObjectNode data = JSON.objectNode();
        data.set("options", options);
        return data;
    }

    private static ObjectNode trueFalse(ParsedQuestion q) {
        if (q.trueFalseAnswer() == null) {
            throw new IllegalArgumentException(where(q) + "a true/false question without its answer");
        }
        ObjectNode data = JSON.objectNode().put("answer", q.trueFalseAnswer().booleanValue());
        putIfPresent(data, "trueFeedback", q.trueFeedback());
        putIfPresent(data, "falseFeedback", q.falseFeedback());
        return data;
    }

    private static ObjectNode shortAnswer(ParsedQuestion q) {
        ArrayNode answers = JSON.arrayNode();
        for (Choice c : require(q, q.choices(), "answers")) {
            ObjectNode a = answers.addObject().put("text", c.text()).put("fraction", c.fraction());
            putIfPresent(a, "feedback", c.feedback());
        }
        ObjectNode data = JSON.objectNode();
        data.set("answers", answers);
        return data;
    }

    private static ObjectNode numerical(ParsedQuestion q) {
        ArrayNode answers = JSON.arrayNode();
        for (NumericAnswer n : require(q, q.numeric(), "numeric answers")) {
            ObjectNode a = answers.addObject();
            if (n.min() != null || n.max() != null) {
                // A range, or GIFT's "any other number" (-inf..inf): JSON has no infinity, an open end is left out.
                putIfFinite(a, "min", n.min());
                putIfFinite(a, "max", n.max());
            } else {
                if (!Double.isFinite(n.value()) || !Double.isFinite(n.tolerance())) {
                    throw new IllegalArgumentException(where(q) + "a numeric answer must be finite: " + n);
                }
                a.put("value", n.value()).put("tolerance", n.tolerance());
            }
            a.put("fraction", n.fraction());
            putIfPresent(a, "feedback", n.feedback());
        }
        ObjectNode data = JSON.objectNode();
        data.set("answers", answers);
        return data;
    }

    /** Items from the pairs with an item; options from every pair, the same text once (a pair with no item is a distractor). */
    private static ObjectNode matching(ParsedQuestion q, Ids ids) {
        Map<String, String> optionIds = new LinkedHashMap<>();
        ArrayNode options = JSON.arrayNode();
        ArrayNode items = JSON.arrayNode();
        int item = 0;
        for (MatchPair p : require(q, q.pairs(), "pairs")) {
            String optionId = optionIds.get(p.option());
            if (optionId == null) {
                optionId = ids.next("option", optionIds.size());
                optionIds.put(p.option(), optionId);
                options.addObject().put("id", optionId).put("text", p.option());
            }
            if (p.item() != null && !p.item().isEmpty()) {
                items.addObject().put("id", ids.next("item", item++)).put("text", p.item()).put("option", optionId);
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(where(q) + "a matching question without items");
        }
        ObjectNode data = JSON.objectNode();
        data.set("items", items);
        data.set("options", options);
        return data;
    }

    /** The parsers have no ordering syntax; an ORDERING question carries its items, in order, as choices. */
    private static ObjectNode ordering(ParsedQuestion q, Ids ids) {
        List<Choice> choices = require(q, q.choices(), "items (as choices)");
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < choices.size(); i++) {
            items.addObject().put("id", ids.next("item", i)).put("text", choices.get(i).text());
        }
        ObjectNode data = JSON.objectNode();
        data.set("items", items);
        return data;
    }

    private static <T> List<T> require(ParsedQuestion q, List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(where(q) + "a " + q.type() + " question without " + what);
        }
        return list;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfFinite(ObjectNode node, String field, Double value) {
        if (value != null && Double.isFinite(value)) {
            node.put(field, value);
        }
    }

    private static String where(ParsedQuestion q) {
        return q.file() == null ? "" : q.file() + ":" + q.line() + ": ";
    }

    /** The ids of one question's options and items. */
    private static final class Ids {

        private final String bankId;
        private final int question;
        private final byte[] key;
        private final Set<String> used = new HashSet<>();

        Ids(String bankId, int question, byte[] key) {
            this.bankId = bankId;
            this.question = question;
            this.key = key;
        }

        String next(String role, int index) {
            String id = id(key, bankId, question, role, index);
            if (!used.add(id)) {
                // 40 bits make this about a one-in-a-trillion event for a question of a dozen options.
                throw new IllegalStateException("option id collision in question " + question + " of " + bankId);
            }
            return id;
        }
    }

    /** The id of the {@code index}-th {@code role} ("option" or "item") of question {@code question} of a bank. */
    static String id(byte[] idKey, String bankId, int question, String role, int index) {
        // NUL cannot occur in a bank id or a number, so distinct inputs never join into the same string.
        String input = bankId + '\0' + question + '\0' + role + '\0' + index;
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(idKey, "HmacSHA256"));
            byte[] hash = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_LENGTH);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
