package org.bimtek.quiz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GIFT constructs one by one, including the examples of Moodle's documentation. */
class GiftParserTest {

    private static ParsedQuestion only(String gift) {
        ParseResult result = GiftParser.parse(gift, "t.gift");
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.questions().size());
        return result.questions().get(0);
    }

    @Test
    void moodleDocumentationExamples() {
        ParseResult result = GiftParser.parse("""
                Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

                Grant is {~buried =entombed ~living} in Grant's tomb.

                Grant is buried in Grant's tomb.{FALSE}

                Who's buried in Grant's tomb?{=no one =nobody}

                When was Ulysses S. Grant born?{#1822:5}

                Match the following countries with their corresponding capitals. {
                    =Canada->Ottawa
                    =Italy->Rome
                    =Japan->Tokyo
                }
                """, "examples.gift");
        assertEquals(List.of(), result.problems());
        List<ParsedQuestion> q = result.questions();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.MATCHING),
                q.stream().map(ParsedQuestion::type).toList());
        assertEquals(List.of(1, 3, 5, 7, 9, 11), q.stream().map(ParsedQuestion::line).toList());
        assertEquals("Grant is", q.get(1).text());
        assertEquals("in Grant's tomb.", q.get(1).textAfterBlank());
        assertEquals(new Choice("entombed", 1, null), q.get(1).choices().get(1));
        assertEquals(List.of(new NumericAnswer(1822, 5, null, null, 1, null)), q.get(4).numeric());
        assertEquals(new MatchPair("Japan", "Tokyo"), q.get(5).pairs().get(2));
    }

    @Test
    void answersOnIndentedLinesAroundAMissingWord() {
        ParsedQuestion q = only("""
                Hari jadi Provinsi Kalimantan Timur diperingati setiap tanggal {
                    ~1
                    =9
                    ~17
                } Januari.
                """);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Hari jadi Provinsi Kalimantan Timur diperingati setiap tanggal", q.text());
        assertEquals("Januari.", q.textAfterBlank());
        assertEquals(List.of(new Choice("1", 0, null), new Choice("9", 1, null), new Choice("17", 0, null)), q.choices());
    }

    @Test
    void missingWordExampleOfTheBrief() {
        ParsedQuestion q = only("Mahakam adalah {=sungai ~danau} terpanjang di Kaltim.");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Mahakam adalah", q.text());
        assertEquals("terpanjang di Kaltim.", q.textAfterBlank());
    }

    @Test
    void blankAtTheStartOfTheText() {
        ParsedQuestion q = only("{=Mahakam ~Kapuas} adalah sungai terpanjang di Kalimantan Timur.");
        assertEquals("", q.text());
        assertEquals("adalah sungai terpanjang di Kalimantan Timur.", q.textAfterBlank());
    }

    @Test
    void spacesAfterTheBlockDoNotMakeAMissingWord() {
        ParsedQuestion q = only("Ibu kota Kalimantan Timur? {=Samarinda ~Balikpapan}   ");
        assertNull(q.textAfterBlank());
        assertFalse(q.missingWord());
    }

    @Test
    void backslashEscapesItselfAndUnknownEscapesStay() {
        ParsedQuestion q = only("Folder C\\:\\\\Foto\\\\2024 memakai \\d dan \\t apa adanya.{=ya\\nbenar ~tidak}");
        assertEquals("Folder C:\\Foto\\2024 memakai \\d dan \\t apa adanya.", q.text());
        assertEquals("ya\nbenar", q.choices().get(0).text());
    }

    @Test
    void escapedColonsInTheName() {
        ParsedQuestion q = only("::Jadwal 10\\:00::Unggahan pagi dijadwalkan pukul 10\\:00.{T}");
        assertEquals("Jadwal 10:00", q.name());
        assertEquals("Unggahan pagi dijadwalkan pukul 10:00.", q.text());
    }

    @Test
    void emptyNameIsNoName() {
        assertNull(only("::::Teks soal.{T}").name());
    }

    @Test
    void nameOnItsOwnLine() {
        ParsedQuestion q = only("::Judul::\nTeks soal\nbaris kedua.{F}");
        assertEquals("Judul", q.name());
        assertEquals("Teks soal\nbaris kedua.", q.text());
    }

    @Test
    void trueFalseInAnyCaseAndBothFeedbacks() {
        ParsedQuestion yes = only("Pernyataan.{true#salah pilih#benar pilih####umum}");
        assertEquals(Boolean.TRUE, yes.trueFalseAnswer());
        assertEquals("benar pilih", yes.trueFeedback());
        assertEquals("salah pilih", yes.falseFeedback());
        assertEquals("umum", yes.generalFeedback());
        ParsedQuestion no = only("Pernyataan.{ f ##hanya untuk jawaban tepat}");
        assertEquals(Boolean.FALSE, no.trueFalseAnswer());
        assertNull(no.trueFeedback());
        assertEquals("hanya untuk jawaban tepat", no.falseFeedback());
    }

    @Test
    void loneAnswerWithoutEqualsIsAShortAnswer() {
        ParsedQuestion q = only("Sungai terpanjang di Kalimantan Timur? {Mahakam#Tepat}");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals(List.of(new Choice("Mahakam", 1, "Tepat")), q.choices());
    }

    @Test
    void fullWeightTildeIsSingleChoice() {
        ParsedQuestion q = only("Pilih satu. {~%100%benar ~salah ~%-50%sangat salah}");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(List.of(new Choice("benar", 1, null), new Choice("salah", 0, null), new Choice("sangat salah", -0.5, null)),
                q.choices());
    }

    @Test
    void thirdsAddUpToAHundredPercent() {
        ParsedQuestion q = only("Pilih tiga. {~%33.333%a ~%33.333%b ~%33.334%c ~%-100%d}");
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals(0.33333, q.choices().get(0).fraction(), 1e-12);
    }

    @Test
    void equalsWithPartialCreditIsStillSingleChoice() {
        ParsedQuestion q = only("Pilih satu. {=tepat ~%50%hampir ~salah}");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(0.5, q.choices().get(1).fraction());
    }

    @Test
    void spacesBetweenPrefixWeightAndText() {
        ParsedQuestion q = only("Pilih. {~ %50% a # umpan ~ %50% b ~ c}");
        assertEquals(new Choice("a", 0.5, "umpan"), q.choices().get(0));
    }

    @Test
    void formatMarkersOnAnswersAndFeedbackAreDropped() {
        ParsedQuestion q = only("[html]<p>Pilih.</p>{=[html]<b>ya</b>#[html]<i>bagus</i> ~tidak####[html]<u>umum</u>}");
        assertEquals(TextFormat.HTML, q.format());
        assertEquals(new Choice("<b>ya</b>", 1, "<i>bagus</i>"), q.choices().get(0));
        assertEquals("<u>umum</u>", q.generalFeedback());
    }

    @Test
    void formatMarkerAfterTheNameAndInAnyCase() {
        ParsedQuestion q = only("::Nama:: [Markdown] **Tebal**{}");
        assertEquals(TextFormat.MARKDOWN, q.format());
        assertEquals("**Tebal**", q.text());
    }

    @Test
    void bracketsLaterInTheTextAreText() {
        ParsedQuestion q = only("Pilih [salah satu]. {=a ~b}");
        assertEquals(TextFormat.MOODLE, q.format());
        assertEquals("Pilih [salah satu].", q.text());
    }

    @Test
    void anExplicitMarkerLetsATextStartWithBrackets() {
        ParsedQuestion q = only("[moodle][Catatan] Ini deskripsi.");
        assertEquals(QuestionType.DESCRIPTION, q.type());
        assertEquals("[Catatan] Ini deskripsi.", q.text());
    }

    @Test
    void matchingDistractorHasAnEmptyItem() {
        ParsedQuestion q = only(
                "Pasangkan. {=Samarinda -> Kalimantan Timur =Pontianak -> Kalimantan Barat = -> Kalimantan Utara}");
        assertEquals(List.of(new MatchPair("Samarinda", "Kalimantan Timur"), new MatchPair("Pontianak", "Kalimantan Barat"),
                new MatchPair("", "Kalimantan Utara")), q.pairs());
    }

    @Test
    void matchingOptionMayContainEquals() {
        ParsedQuestion q = only("Pasangkan. {=satu -> 1 =dua -> 2 =rumus -> a \\= b}");
        assertEquals(new MatchPair("rumus", "a = b"), q.pairs().get(2));
    }

    @Test
    void numbersNegativeExponentAndWeightedRanges() {
        ParsedQuestion q = only("Suhu? {#=-5..-1 =%50%-3:4 =%25%1e1:5#jauh}");
        assertEquals(List.of(new NumericAnswer(-3, 2, -5.0, -1.0, 1, null), new NumericAnswer(-3, 4, null, null, 0.5, null),
                new NumericAnswer(10, 5, null, null, 0.25, "jauh")), q.numeric());
    }

    @Test
    void numericWithGeneralFeedbackOnly() {
        ParsedQuestion q = only("Berapa? {#3####Tiga.}");
        assertEquals(List.of(new NumericAnswer(3, 0, null, null, 1, null)), q.numeric());
        assertEquals("Tiga.", q.generalFeedback());
    }

    @Test
    void tildeWithoutFeedbackAddsNoCatchAllAnswer() {
        assertEquals(List.of(new NumericAnswer(5, 0, null, null, 1, null)), only("Berapa? {#5 ~}").numeric());
    }

    @Test
    void essayWithOnlyGeneralFeedback() {
        ParsedQuestion q = only("Tulis esai.{####Dinilai manual.}");
        assertEquals(QuestionType.ESSAY, q.type());
        assertEquals("Dinilai manual.", q.generalFeedback());
    }

    @Test
    void commentsAnywhereAndUrlsAreNotComments() {
        ParsedQuestion q = only("""
                // sebelum
                   // berindentasi
                Lihat https://jdih.menpan.go.id untuk
                // di tengah teks
                teks peraturan.{T}
                // sesudah
                """);
        assertEquals("Lihat https://jdih.menpan.go.id untuk\nteks peraturan.", q.text());
        assertEquals(3, q.line());
    }

    @Test
    void blankLinesWithSpacesSeparateQuestions() {
        ParseResult r = GiftParser.parse("Satu.{T}\n   \t\n\n\nDua.{F}", "t.gift");
        assertEquals(List.of(1, 5), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void emptyAndCommentOnlyFilesGiveNothing() {
        assertEquals(new ParseResult(List.of(), List.of()), GiftParser.parse("", "t.gift"));
        assertEquals(new ParseResult(List.of(), List.of()), GiftParser.parse("\uFEFF// hanya komentar\n\n// lagi\n", "t.gift"));
    }

    @Test
    void categoriesChangeForTheQuestionsAfterThem() {
        ParseResult r = GiftParser.parse("""
                Tanpa kategori.{T}

                $CATEGORY: $course$/A

                Di A.{T}

                Juga di A.{T}

                $CATEGORY:   $course$/B/C\s\s
                Di C.{T}
                """, "t.gift");
        assertEquals(Arrays.asList(null, "$course$/A", "$course$/A", "$course$/B/C"),
                r.questions().stream().map(ParsedQuestion::category).toList());
        assertEquals(10, r.questions().get(3).line());
    }

    @Test
    void lineEndingsOfEverySystemGiveTheSameLines() {
        String unix = "// k\n::a::Satu.{T}\n\n::b::Dua\nbaris.{F}\n";
        List<ParsedQuestion> expected = GiftParser.parse(unix, "t.gift").questions();
        assertEquals(List.of(2, 4), expected.stream().map(ParsedQuestion::line).toList());
        assertEquals(expected, GiftParser.parse("\uFEFF" + unix.replace("\n", "\r\n"), "t.gift").questions());
        assertEquals(expected, GiftParser.parse(unix.replace("\n", "\r"), "t.gift").questions());
        assertEquals("Dua\nbaris.", expected.get(1).text());
    }

    @Test
    void problemPrintsFileLineAndMessage() {
        assertEquals("bank.gift:7: unclosed {", new Problem("bank.gift", 7, "unclosed {").toString());
    }

    @Test
    void resultListsAreImmutable() {
        ParseResult r = GiftParser.parse("Satu.{T}", "t.gift");
        assertThrows(UnsupportedOperationException.class, () -> r.questions().clear());
    }
}
