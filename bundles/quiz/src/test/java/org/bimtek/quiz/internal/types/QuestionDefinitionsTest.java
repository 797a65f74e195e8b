package org.bimtek.quiz.internal.types;

import static org.bimtek.quiz.internal.types.Fixtures.assertNoLeak;
import static org.bimtek.quiz.internal.types.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bimtek.api.quiz.Grade;
import org.bimtek.api.quiz.QuestionDefinition;
import org.bimtek.api.quiz.QuestionType;
import org.bimtek.quiz.internal.format.AikenParser;
import org.bimtek.quiz.internal.format.Choice;
import org.bimtek.quiz.internal.format.GiftParser;
import org.bimtek.quiz.internal.format.MatchPair;
import org.bimtek.quiz.internal.format.ParseResult;
import org.bimtek.quiz.internal.format.ParsedQuestion;
import org.bimtek.quiz.internal.format.TextFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parsers' questions as definitions of the built-in types: {@code format/corpus.gift} question by question. */
class QuestionDefinitionsTest {

    private static final String BANK = "news-writing-dasar/corpus.gift";
    private static final Map<String, QuestionType> TYPES = ComponentsTest.TYPES.stream()
            .collect(Collectors.toMap(QuestionType::name, Function.identity()));

    private static List<ParsedQuestion> parsed;
    private static List<Optional<QuestionDefinition>> defs;

    @BeforeAll
    static void convertCorpus() throws IOException {
        ParseResult result = GiftParser.parse(resource("format/corpus.gift"), "corpus.gift");
        assertEquals(List.of(), result.problems());
        parsed = result.questions();
        defs = convert(BANK);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuestionDefinitionsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Optional<QuestionDefinition>> convert(String bank) {
        List<Optional<QuestionDefinition>> converted = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            converted.add(QuestionDefinitions.from(parsed.get(i), bank, i, Fixtures.ID_KEY));
        }
        return converted;
    }

    private static QuestionDefinition def(int index) {
        return defs.get(index).orElseThrow();
    }

    private static List<String> ids(QuestionDefinition q, String field) {
        List<String> ids = new ArrayList<>();
        q.data().path(field).forEach(o -> ids.add(o.path("id").asText()));
        return ids;
    }

    private static Grade grade(QuestionDefinition q, String response) {
        QuestionType type = TYPES.get(q.type());
        JsonNode json = json(response);
        assertEquals(Optional.empty(), type.check(q, json), response);
        return type.grade(q, json);
    }

    @Test
    void everyQuestionGetsItsTypeAndTheDescriptionNone() {
        assertEquals(Arrays.asList("single-choice", "single-choice", "multiple-response", "true-false", "true-false",
                "short-answer", "single-choice", "essay", "essay", "single-choice", "short-answer", "numerical", "numerical",
                null, "numerical", "numerical", "numerical", "matching", "true-false", "true-false", "true-false"),
                defs.stream().map(d -> d.map(QuestionDefinition::type).orElse(null)).toList());
    }

    @Test
    void theIdIsTheBankAndTheNameOrElseTheIndex() {
        assertEquals(BANK + "#Unsur tempat", def(0).id());
        assertEquals(BANK + "#4", def(4).id());
        assertEquals(BANK + "#8", def(8).id());
        assertEquals(BANK + "#Logo", def(20).id());
        assertEquals(20, defs.stream().flatMap(Optional::stream).map(QuestionDefinition::id).distinct().count());
    }

    @Test
    void convertingTwiceGivesTheSameDefinitionsIdsIncluded() {
        assertEquals(defs, convert(BANK));
    }

    @Test
    void optionIdsAreOpaqueAndDistinct() {
        Set<String> all = new HashSet<>();
        int count = 0;
        for (Optional<QuestionDefinition> d : defs) {
            for (String field : List.of("options", "items")) {
                for (JsonNode o : d.map(q -> q.data().path(field)).orElse(json("[]"))) {
                    String id = o.path("id").asText();
                    assertTrue(id.matches("[0-9a-f]{10}"), id);
                    assertFalse(o.path("text").asText().toLowerCase(Locale.ROOT).contains(id), id);
                    all.add(id);
                    count++;
                }
            }
        }
        assertEquals(count, all.size(), "every option and item id of the bank is different");
        assertTrue(count > 20);
    }

    @Test
    void optionIdsDependOnTheBankTheQuestionAndThePosition() {
        List<Optional<QuestionDefinition>> other = convert("news-writing-menengah/corpus.gift");
        List<String> here = ids(def(0), "options");
        assertEquals(3, new HashSet<>(here).size());
        assertNotEquals(here, ids(other.get(0).orElseThrow(), "options"));
        // Questions 0 and 6 both have three options; position i does not give the same id in both.
        List<String> six = ids(def(6), "options");
        for (int i = 0; i < 3; i++) {
            assertNotEquals(here.get(i), six.get(i));
        }
        assertEquals(QuestionDefinitions.id(Fixtures.ID_KEY, BANK, 0, "option", 1), here.get(1));
        assertNotEquals(QuestionDefinitions.id(Fixtures.ID_KEY, BANK, 0, "option", 1), QuestionDefinitions.id(Fixtures.ID_KEY, BANK, 0, "item", 1));
        assertNotEquals(QuestionDefinitions.id(Fixtures.ID_KEY, "a", 11, "option", 1), QuestionDefinitions.id(Fixtures.ID_KEY, "a1", 1, "option", 1));
    }

    @Test
    void choicesKeepTextCreditAndFeedbackAndGeneralFeedback() {
        QuestionDefinition q = def(0);
        assertEquals("Unsur 5W+1H yang menjawab pertanyaan \"di mana\" adalah", q.text());
        assertEquals("moodle", q.format());
        assertEquals("Ingat rumus 5W+1H: what, who, when, where, why, how.", q.generalFeedback());
        List<String> ids = ids(q, "options");
        assertEquals(json("{'options': [{'id': '" + ids.get(0) + "', 'text': 'where', 'fraction': 1.0, "
                + "'feedback': 'Benar, where menanyakan tempat kejadian.'}, {'id': '" + ids.get(1) + "', 'text': 'when', "
                + "'fraction': 0.0, 'feedback': 'Bukan, when menanyakan waktu.'}, {'id': '" + ids.get(2) + "', "
                + "'text': 'who', 'fraction': 0.0, 'feedback': 'Bukan, who menanyakan pelaku.'}]}"), q.data());
        assertEquals(Grade.of(1, List.of("Benar, where menanyakan tempat kejadian.")),
                grade(q, "{'choice': '" + ids.get(0) + "'}"));
        assertEquals("html", def(1).format());
        assertEquals(Grade.of(0.25, List.of("Judul penting, tetapi inti berita tetap harus ada di paragraf pertama.")),
                grade(def(1), "{'choice': '" + ids(def(1), "options").get(0) + "'}"));
    }

    @Test
    void weightedChoicesBecomeAMultipleResponseWithItsPenalty() {
        QuestionDefinition q = def(2);
        List<String> ids = ids(q, "options");
        assertEquals(-1, q.data().path("options").get(2).path("fraction").asDouble());
        assertEquals(1, grade(q, "{'choices': ['" + ids.get(0) + "', '" + ids.get(1) + "']}").fraction());
        assertEquals(Grade.of(0, List.of("Kabar yang belum terverifikasi berisiko menjadi hoaks.")),
                grade(q, "{'choices': ['" + String.join("', '", ids) + "']}"));
    }

    @Test
    void trueFalseKeepsItsAnswerAndBothFeedbacks() {
        QuestionDefinition q = def(3);
        assertEquals(json("{'answer': false, 'trueFeedback': 'Keliru, tagar yang berganti-ganti memecah jangkauan kampanye.', "
                + "'falseFeedback': 'Tepat, tagar resmi dipakai secara konsisten.'}"), q.data());
        assertEquals(Grade.of(1, List.of("Tepat, tagar resmi dipakai secara konsisten.")), grade(q, "{'choice': 'false'}"));
        assertEquals(json("{'answer': true}"), def(4).data());
        assertEquals(json("{'answer': false}"), def(20).data());
        assertEquals("Cukup letakkan logo di sudut agar tidak mengganggu isi foto.", def(20).generalFeedback());
        assertEquals(Grade.of(0, List.of("Keliru; hormati hak warga atas citra dirinya.")),
                grade(def(18), "{'choice': 'false'}"));
    }

    @Test
    void shortAnswersAreAcceptedAnswers() {
        QuestionDefinition q = def(5);
        assertEquals(json("{'answers': [{'text': 'BanggaBuatanIndonesia', 'fraction': 1.0, 'feedback': 'Tepat.'}, "
                + "{'text': 'BBI', 'fraction': 0.5, 'feedback': 'Singkatan diterima sebagian: tulis tagar lengkapnya.'}]}"),
                q.data());
        assertEquals(Grade.of(1, List.of("Tepat.")), grade(q, "{'text': ' banggabuatanindonesia '}"));
        assertEquals(0.5, grade(q, "{'text': 'bbi'}").fraction());
    }

    @Test
    void escapesSurviveIntoTheDefinition() {
        QuestionDefinition q = def(6);
        assertTrue(q.text().startsWith("Dalam templat keterangan foto, {lokasi} diganti nama tempat, ~ berarti"), q.text());
        assertEquals(List.of("{tanggal}", "{lokasi}", "pukul ~10"),
                q.data().path("options").findValuesAsText("text"));
    }

    @Test
    void essaysHaveEmptyDataAndKeepTheirGradingGuidance() {
        assertEquals(json("{}"), def(7).data());
        assertEquals("plain", def(7).format());
        assertEquals("Penilaian: kesesuaian dengan pedoman, keteraturan jadwal, dan keragaman konten.", def(7).generalFeedback());
        assertEquals(Grade.awaitingInstructor(), grade(def(8), "{'text': 'Karena warga berhak dijawab.'}"));
    }

    @Test
    void aMissingWordQuestionTakesItsAnswersTypeAndABlankInItsText() {
        assertEquals("Permenpan RB Nomor 83 Tahun 2012 adalah pedoman pemanfaatan _____ bagi instansi pemerintah.",
                def(9).text());
        assertEquals("Peraturan itu diterbitkan oleh Kementerian _____ yang membina aparatur negara.", def(10).text());
        assertEquals("Permenpan RB Nomor _____ Tahun 2012 mengatur media sosial instansi pemerintah.", def(11).text());
        assertEquals(Grade.of(1, List.of("Boleh dengan tanda hubung.")), grade(def(10), "{'text': 'pan-rb'}"));
        assertEquals(1, grade(def(11), "{'number': 83}").fraction());
    }

    @Test
    void aBlankBeforePunctuationTakesNoSpace() {
        ParsedQuestion q = parsed.get(9);
        ParsedQuestion dot = new ParsedQuestion(null, "Ibu kota Kalimantan Timur adalah", TextFormat.MOODLE, null,
                q.type(), q.choices(), List.of(), List.of(), null, null, null, null, ".", "t.gift", 1);
        assertEquals("Ibu kota Kalimantan Timur adalah _____.", QuestionDefinitions.from(dot, "b", 0, Fixtures.ID_KEY).orElseThrow().text());
    }

    @Test
    void numericAnswersKeepToleranceRangeAndTheCatchAll() {
        assertEquals(json("{'answers': [{'value': 2012.0, 'tolerance': 0.0, 'fraction': 1.0, 'feedback': 'Tepat.'}, "
                + "{'value': 2012.0, 'tolerance': 1.0, 'fraction': 0.5, 'feedback': 'Hampir; selisih satu tahun.'}, "
                + "{'fraction': 0.0, 'feedback': 'Periksa kembali judul peraturannya.'}]}"), def(12).data());
        assertEquals(Grade.of(0.5, List.of("Hampir; selisih satu tahun.")), grade(def(12), "{'number': 2013}"));
        assertEquals(Grade.of(0, List.of("Periksa kembali judul peraturannya.")), grade(def(12), "{'number': 1998}"));
        assertEquals(json("{'answers': [{'min': 24.0, 'max': 30.0, 'fraction': 1.0, "
                + "'feedback': 'Nilai 24, 25, atau 30 fps lazim dipakai.'}]}"), def(16).data());
        assertEquals(1, grade(def(16), "{'number': 30}").fraction());
        assertEquals(1, grade(def(15), "{'number': 0.5624}").fraction());
        assertEquals(0, grade(def(14), "{'number': 6}").fraction());
    }

    @Test
    void matchingPairsBecomeItemsAndOptions() {
        QuestionDefinition q = def(17);
        assertEquals(List.of("Reels atau Stories", "Video YouTube", "Foto feed persegi"),
                q.data().path("items").findValuesAsText("text"));
        assertEquals(List.of("9:16", "16:9", "1:1"), q.data().path("options").findValuesAsText("text"));
        List<String> items = ids(q, "items");
        List<String> options = ids(q, "options");
        for (int i = 0; i < 3; i++) {
            assertEquals(options.get(i), q.data().path("items").get(i).path("option").asText());
        }
        assertEquals(1, grade(q, "{'pairs': {'" + items.get(0) + "': '" + options.get(0) + "', '" + items.get(1) + "': '"
                + options.get(1) + "', '" + items.get(2) + "': '" + options.get(2) + "'}}").fraction());
        assertTrue(Collections.disjoint(items, options), "items and options never share an id");
    }

    @Test
    void sharedOptionsAppearOnceAndAnEmptyItemIsADistractor() {
        ParsedQuestion q = new ParsedQuestion("Pasangan", "Pasangkan.", TextFormat.MOODLE, null,
                org.bimtek.quiz.internal.format.QuestionType.MATCHING, List.of(), List.of(),
                List.of(new MatchPair("Reels", "9:16"), new MatchPair("Stories", "9:16"), new MatchPair("", "4:3")),
                null, null, null, null, null, "t.gift", 1);
        JsonNode data = QuestionDefinitions.from(q, "b", 0, Fixtures.ID_KEY).orElseThrow().data();
        assertEquals(List.of("9:16", "4:3"), data.path("options").findValuesAsText("text"));
        assertEquals(2, data.path("items").size());
        assertEquals(data.path("items").get(0).path("option"), data.path("items").get(1).path("option"));
    }

    @Test
    void everyConvertedQuestionPresentsWithoutLeakingItsKey() {
        for (Optional<QuestionDefinition> d : defs) {
            QuestionDefinition q = d.orElse(null);
            if (q == null) {
                continue;
            }
            List<String> secrets = new ArrayList<>(q.data().findValuesAsText("feedback"));
            secrets.addAll(q.data().findValuesAsText("trueFeedback"));
            secrets.addAll(q.data().findValuesAsText("falseFeedback"));
            if (q.type().equals("short-answer")) {
                secrets.addAll(q.data().findValuesAsText("text"));
            }
            if (q.generalFeedback() != null) {
                secrets.add(q.generalFeedback());
            }
            QuestionType type = TYPES.get(q.type());
            assertNoLeak(type.present(1, q, null), secrets.toArray(String[]::new));
            assertNoLeak(type.present(1, q, new Random(11)), secrets.toArray(String[]::new));
        }
    }

    @Test
    void aikenQuestionsBecomeSingleChoice() throws IOException {
        ParseResult aiken = AikenParser.parse(resource("format/aiken.txt"), "aiken.txt");
        assertFalse(aiken.questions().isEmpty());
        for (int i = 0; i < aiken.questions().size(); i++) {
            QuestionDefinition q = QuestionDefinitions.from(aiken.questions().get(i), "aiken", i, Fixtures.ID_KEY).orElseThrow();
            assertEquals("single-choice", q.type());
            assertEquals(1, q.data().path("options").findValues("fraction").stream().filter(f -> f.asDouble() == 1).count());
        }
    }

    @Test
    void aDescriptionIsNoQuestion() {
        assertEquals(Optional.empty(), defs.get(13));
    }

    @Test
    void anOrderingQuestionTakesItsItemsFromItsChoicesInOrder() {
        ParsedQuestion q = new ParsedQuestion(null, "Urutkan.", TextFormat.MOODLE, null,
                org.bimtek.quiz.internal.format.QuestionType.ORDERING,
                List.of(new Choice("Rekam", 1, null), new Choice("Sunting", 1, null), new Choice("Unggah", 1, null)),
                List.of(), List.of(), null, null, null, null, null, "t.gift", 1);
        QuestionDefinition d = QuestionDefinitions.from(q, "b", 3, Fixtures.ID_KEY).orElseThrow();
        assertEquals("ordering", d.type());
        assertEquals("b#3", d.id());
        assertEquals(List.of("Rekam", "Sunting", "Unggah"), d.data().path("items").findValuesAsText("text"));
        List<String> ids = ids(d, "items");
        assertEquals(1, grade(d, "{'order': ['" + String.join("', '", ids) + "']}").fraction());
    }

    @Test
    void whatCannotBeMappedIsRefused() {
        ParsedQuestion noChoices = new ParsedQuestion(null, "?", TextFormat.MOODLE, null,
                org.bimtek.quiz.internal.format.QuestionType.SINGLE_CHOICE, List.of(), List.of(), List.of(), null, null,
                null, null, null, "t.gift", 1);
        ParsedQuestion noAnswer = new ParsedQuestion(null, "?", TextFormat.MOODLE, null,
                org.bimtek.quiz.internal.format.QuestionType.TRUE_FALSE, List.of(), List.of(), List.of(), null, null, null,
                null, null, "t.gift", 1);
        ParsedQuestion noType = new ParsedQuestion(null, "?", TextFormat.MOODLE, null, null, List.of(), List.of(), List.of(),
                null, null, null, null, null, "t.gift", 1);
        for (ParsedQuestion q : List.of(noChoices, noAnswer, noType)) {
            assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(q, "b", 0, Fixtures.ID_KEY));
        }
        assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(null, "b", 0, Fixtures.ID_KEY));
        assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(parsed.get(0), "", 0, Fixtures.ID_KEY));
        assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(parsed.get(0), null, 0, Fixtures.ID_KEY));
        assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(parsed.get(0), "b", -1, Fixtures.ID_KEY));
    }

    @Test
    void theGeneralFeedbackIsNullWhenThereIsNone() {
        assertNull(def(1).generalFeedback());
    }

    @Test
    void idsCannotBeComputedWithoutTheInstallationsKey() {
        byte[] otherKey = "another-installation-key-0123456".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertNotEquals(QuestionDefinitions.id(Fixtures.ID_KEY, "bank", 0, "option", 0),
                QuestionDefinitions.id(otherKey, "bank", 0, "option", 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> QuestionDefinitions.from(
                org.bimtek.quiz.internal.format.GiftParser.parse("Q {T}", "x.gift").questions().get(0), "bank", 0, new byte[4]));
    }
}
