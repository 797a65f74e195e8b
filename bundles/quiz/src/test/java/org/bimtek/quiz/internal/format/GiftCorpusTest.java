package org.bimtek.quiz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses {@code format/corpus.gift}, an Indonesian question bank that uses every GIFT construct, and checks
 * it question by question.
 */
class GiftCorpusTest {

    private static final String FILE = "corpus.gift";
    private static final String WRITING = "$course$/Bimtek/Penulisan Berita";
    private static final String REGULATION = "$course$/Bimtek/Permenpan RB 83-2012";
    private static final String MEDIA = "$course$/Bimtek/Foto dan Video";

    private static byte[] raw;
    private static List<ParsedQuestion> questions;

    @BeforeAll
    static void parseCorpus() throws IOException {
        raw = resource("format/corpus.gift");
        ParseResult result = GiftParser.parse(new String(raw, StandardCharsets.UTF_8), FILE);
        assertEquals(List.of(), result.problems());
        questions = result.questions();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GiftCorpusTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static ParsedQuestion q(int index) {
        return questions.get(index);
    }

    @Test
    void corpusReallyHasABomAndACrlfLine() {
        assertEquals((byte) 0xEF, raw[0]);
        assertEquals((byte) 0xBB, raw[1]);
        assertEquals((byte) 0xBF, raw[2]);
        String text = new String(raw, StandardCharsets.UTF_8);
        assertTrue(text.contains("konsisten.}\r\n"), "the true/false question about hashtags ends with CRLF");
    }

    @Test
    void corpusUsesEveryConstruct() {
        String text = new String(raw, StandardCharsets.UTF_8);
        for (String construct : List.of("\n//", "$CATEGORY:", "::", "[html]", "[markdown]", "[plain]", "[moodle]",
                "\\~", "\\=", "\\#", "\\{", "\\}", "\\:", "\\n", "####", "%-100%", "%50%", "{#", "..", "->", "{}",
                "{T}", "{TRUE}", "{T#", "{F#", "{FALSE")) {
            assertTrue(text.contains(construct), construct);
        }
        Set<QuestionType> types = questions.stream().map(ParsedQuestion::type).collect(Collectors.toSet());
        assertEquals(EnumSet.complementOf(EnumSet.of(QuestionType.ORDERING)), types, "ORDERING has no GIFT syntax");
        assertEquals(EnumSet.allOf(TextFormat.class), questions.stream().map(ParsedQuestion::format).collect(Collectors.toSet()));
        assertTrue(questions.stream().anyMatch(q -> q.missingWord() && q.type() == QuestionType.SINGLE_CHOICE));
        assertTrue(questions.stream().anyMatch(q -> q.missingWord() && q.type() == QuestionType.SHORT_ANSWER));
    }

    @Test
    void questionsComeInFileOrderWithTheirLines() {
        List<String> names = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (ParsedQuestion q : questions) {
            names.add(q.name());
            lines.add(q.line());
            assertEquals(FILE, q.file());
        }
        assertEquals(Arrays.asList("Unsur tempat", "Piramida terbalik", "Kaidah unggahan", "Tagar", null, "Tagar resmi",
                "Templat keterangan", "Rencana konten", null, "Ruang lingkup", "Kementerian", "Nomor peraturan",
                "Tahun terbit", "Pengantar foto", "Aturan sepertiga", "Rasio vertikal", "Frame rate", "Rasio aspek",
                "Izin foto", null, "Logo"), names);
        assertEquals(List.of(9, 18, 25, 32, 35, 38, 44, 51, 57, 61, 63, 65, 67, 75, 77, 79, 81, 83, 90, 92, 94), lines);
    }

    @Test
    void categoriesApplyToTheQuestionsAfterThem() {
        for (int i = 0; i < questions.size(); i++) {
            String expected = i < 9 ? WRITING : i < 13 ? REGULATION : MEDIA;
            assertEquals(expected, q(i).category(), q(i).name());
        }
    }

    @Test
    void multipleChoiceWithPerAnswerAndGeneralFeedbackAndACommentInside() {
        ParsedQuestion q = q(0);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(TextFormat.MOODLE, q.format());
        assertEquals("Unsur 5W+1H yang menjawab pertanyaan \"di mana\" adalah", q.text());
        assertEquals(List.of(
                new Choice("where", 1, "Benar, where menanyakan tempat kejadian."),
                new Choice("when", 0, "Bukan, when menanyakan waktu."),
                new Choice("who", 0, "Bukan, who menanyakan pelaku.")), q.choices());
        assertEquals("Ingat rumus 5W+1H: what, who, when, where, why, how.", q.generalFeedback());
        assertNull(q.textAfterBlank());
        assertEquals(List.of(), q.numeric());
        assertEquals(List.of(), q.pairs());
        assertNull(q.trueFalseAnswer());
    }

    @Test
    void htmlTextAndAPartialCreditDistractor() {
        ParsedQuestion q = q(1);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(TextFormat.HTML, q.format());
        assertEquals("Dalam struktur <b>piramida terbalik</b>, informasi terpenting diletakkan di", q.text());
        assertEquals(List.of(
                new Choice("judul saja", 0.25, "Judul penting, tetapi inti berita tetap harus ada di paragraf pertama."),
                new Choice("paragraf pertama (teras berita)", 1, null),
                new Choice("akhir tulisan", 0, null)), q.choices());
        assertNull(q.generalFeedback());
    }

    @Test
    void weightedAnswersWithoutEqualsAreMultipleResponse() {
        ParsedQuestion q = q(2);
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals("Mana saja yang termasuk kaidah unggahan akun resmi instansi pemerintah?", q.text());
        assertEquals(List.of(
                new Choice("Mencantumkan sumber informasi", 0.5, null),
                new Choice("Memeriksa ejaan sebelum mengunggah", 0.5, null),
                new Choice("Membagikan kabar yang belum terverifikasi", -1,
                        "Kabar yang belum terverifikasi berisiko menjadi hoaks.")), q.choices());
    }

    @Test
    void falseWithFeedbackForTheWrongThenTheRightAnswerOnACrlfLine() {
        ParsedQuestion q = q(3);
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals("Tagar resmi kampanye sebaiknya diganti setiap kali mengunggah.", q.text());
        assertEquals(Boolean.FALSE, q.trueFalseAnswer());
        // The answer is false, so "true" is the wrong answer and gets the first feedback.
        assertEquals("Keliru, tagar yang berganti-ganti memecah jangkauan kampanye.", q.trueFeedback());
        assertEquals("Tepat, tagar resmi dipakai secara konsisten.", q.falseFeedback());
        assertEquals(List.of(), q.choices());
    }

    @Test
    void longTrueWithoutAName() {
        ParsedQuestion q = q(4);
        assertNull(q.name());
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals("Judul berita untuk media sosial sebaiknya ringkas dan informatif.", q.text());
        assertEquals(Boolean.TRUE, q.trueFalseAnswer());
        assertNull(q.trueFeedback());
        assertNull(q.falseFeedback());
    }

    @Test
    void shortAnswerWithAPartialWeightAndEscapedHashAndColon() {
        ParsedQuestion q = q(5);
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals("Tuliskan tagar resmi (tanpa tanda #) kampanye \"Bangga Buatan Indonesia\".", q.text());
        assertEquals(List.of(
                new Choice("BanggaBuatanIndonesia", 1, "Tepat."),
                new Choice("BBI", 0.5, "Singkatan diterima sebagian: tulis tagar lengkapnya.")), q.choices());
        assertNull(q.textAfterBlank());
    }

    @Test
    void escapedBracesTildeEqualsAndNewline() {
        ParsedQuestion q = q(6);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Dalam templat keterangan foto, {lokasi} diganti nama tempat, ~ berarti \"sekitar\", "
                + "dan ER = interaksi / jangkauan.\nPenanda mana yang diganti tanggal?", q.text());
        assertEquals(List.of(
                new Choice("{tanggal}", 1, null),
                new Choice("{lokasi}", 0, null),
                new Choice("pukul ~10", 0, null)), q.choices());
    }

    @Test
    void multiLinePlainEssayWithGeneralFeedback() {
        ParsedQuestion q = q(7);
        assertEquals(QuestionType.ESSAY, q.type());
        assertEquals(TextFormat.PLAIN, q.format());
        assertEquals("Susun rencana konten mingguan untuk akun Instagram dinas Anda\n"
                + "dengan mengacu pada Permenpan RB 83/2012.\nSertakan jadwal dan jenis konten.", q.text());
        assertEquals("Penilaian: kesesuaian dengan pedoman, keteraturan jadwal, dan keragaman konten.", q.generalFeedback());
        assertEquals(List.of(), q.choices());
    }

    @Test
    void emptyBracesAreAnEssay() {
        ParsedQuestion q = q(8);
        assertEquals(QuestionType.ESSAY, q.type());
        assertEquals("Jelaskan mengapa akun resmi instansi perlu membalas komentar warga.", q.text());
        assertNull(q.generalFeedback());
    }

    @Test
    void missingWordMultipleChoiceRightUnderItsCategory() {
        ParsedQuestion q = q(9);
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("Permenpan RB Nomor 83 Tahun 2012 adalah pedoman pemanfaatan", q.text());
        assertEquals("bagi instansi pemerintah.", q.textAfterBlank());
        assertTrue(q.missingWord());
        assertEquals(List.of(new Choice("media sosial", 1, null), new Choice("media cetak", 0, null),
                new Choice("siaran radio", 0, null)), q.choices());
    }

    @Test
    void missingWordShortAnswer() {
        ParsedQuestion q = q(10);
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals("Peraturan itu diterbitkan oleh Kementerian", q.text());
        assertEquals("yang membina aparatur negara.", q.textAfterBlank());
        assertEquals(List.of(new Choice("PANRB", 1, null), new Choice("PAN-RB", 1, "Boleh dengan tanda hubung.")), q.choices());
    }

    @Test
    void missingWordNumber() {
        ParsedQuestion q = q(11);
        assertEquals(QuestionType.NUMERICAL, q.type());
        assertEquals("Permenpan RB Nomor", q.text());
        assertEquals("Tahun 2012 mengatur media sosial instansi pemerintah.", q.textAfterBlank());
        assertEquals(List.of(new NumericAnswer(83, 0, null, null, 1, null)), q.numeric());
    }

    @Test
    void severalNumericAnswersWithWeightsFeedbackAndAnyOtherNumber() {
        ParsedQuestion q = q(12);
        assertEquals(QuestionType.NUMERICAL, q.type());
        assertEquals("Pada tahun berapa Permenpan RB Nomor 83 tentang pedoman pemanfaatan media sosial instansi pemerintah "
                + "ditetapkan?", q.text());
        assertEquals(List.of(
                new NumericAnswer(2012, 0, null, null, 1, "Tepat."),
                new NumericAnswer(2012, 1, null, null, 0.5, "Hampir; selisih satu tahun."),
                new NumericAnswer(0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        "Periksa kembali judul peraturannya.")), q.numeric());
        assertTrue(q.numeric().get(1).accepts(2013));
        assertTrue(q.numeric().get(2).accepts(1999));
    }

    @Test
    void markdownDescriptionWithAnEscapedNewline() {
        ParsedQuestion q = q(13);
        assertEquals(QuestionType.DESCRIPTION, q.type());
        assertEquals(TextFormat.MARKDOWN, q.format());
        assertEquals("Bagian berikut membahas **fotografi** untuk akun resmi instansi.\nBaca modul 3 sebelum menjawab.",
                q.text());
        assertEquals(List.of(), q.choices());
        assertNull(q.generalFeedback());
    }

    @Test
    void exactNumber() {
        ParsedQuestion q = q(14);
        assertEquals(QuestionType.NUMERICAL, q.type());
        assertEquals("Garis bantu aturan sepertiga (*rule of thirds*) membagi bingkai foto menjadi berapa kotak?", q.text());
        assertEquals(List.of(new NumericAnswer(9, 0, null, null, 1, null)), q.numeric());
    }

    @Test
    void numberWithToleranceInAnExplicitMoodleText() {
        ParsedQuestion q = q(15);
        assertEquals(TextFormat.MOODLE, q.format());
        assertEquals("Rasio aspek video vertikal 9:16 bila ditulis sebagai bilangan desimal adalah", q.text());
        assertEquals(List.of(new NumericAnswer(0.5625, 0.0001, null, null, 1, null)), q.numeric());
        assertNull(q.textAfterBlank());
    }

    @Test
    void numericRangeWithFeedback() {
        ParsedQuestion q = q(16);
        assertEquals(QuestionType.NUMERICAL, q.type());
        assertEquals(List.of(new NumericAnswer(27, 3, 24.0, 30.0, 1, "Nilai 24, 25, atau 30 fps lazim dipakai.")), q.numeric());
        assertTrue(q.numeric().get(0).accepts(25));
    }

    @Test
    void matchingWithGeneralFeedback() {
        ParsedQuestion q = q(17);
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals("Pasangkan format unggahan dengan rasio aspek yang lazim.", q.text());
        assertEquals(List.of(new MatchPair("Reels atau Stories", "9:16"), new MatchPair("Video YouTube", "16:9"),
                new MatchPair("Foto feed persegi", "1:1")), q.pairs());
        assertEquals("Rasio yang tepat membuat unggahan tidak terpotong.", q.generalFeedback());
    }

    @Test
    void trueWithOnlyTheWrongAnswerFeedback() {
        ParsedQuestion q = q(18);
        assertEquals(Boolean.TRUE, q.trueFalseAnswer());
        assertNull(q.trueFeedback());
        assertEquals("Keliru; hormati hak warga atas citra dirinya.", q.falseFeedback());
    }

    @Test
    void shortTrue() {
        ParsedQuestion q = q(19);
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals("Video beresolusi 1080p memiliki tinggi gambar 1080 piksel.", q.text());
        assertEquals(Boolean.TRUE, q.trueFalseAnswer());
    }

    @Test
    void longFalseWithGeneralFeedback() {
        ParsedQuestion q = q(20);
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals(Boolean.FALSE, q.trueFalseAnswer());
        assertNull(q.trueFeedback());
        assertNull(q.falseFeedback());
        assertEquals("Cukup letakkan logo di sudut agar tidak mengganggu isi foto.", q.generalFeedback());
    }
}
