package org.bimtek.quiz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each GIFT error: the problem names the file and the line, and the questions before and after the broken
 * one still come back.
 */
class GiftParserErrorTest {

    private static final String FILE = "bank.gift";

    /** Parses {@code broken} (which starts on line 3) between two good questions and returns its one problem. */
    private static Problem problemIn(String broken) {
        ParseResult r = GiftParser.parse("::sebelum::Soal sebelum.{T}\n\n" + broken + "\n\n::sesudah::Soal sesudah.{F}\n", FILE);
        assertEquals(List.of("sebelum", "sesudah"), r.questions().stream().map(ParsedQuestion::name).toList(),
                r.problems().toString());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(FILE, p.file());
        return p;
    }

    private static void assertProblem(int line, String messagePart, Problem p) {
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(messagePart), p.toString());
        assertTrue(p.toString().startsWith(FILE + ":" + line + ": "), p.toString());
    }

    @Test
    void unclosedBrace() {
        assertProblem(4, "unclosed {", problemIn("::rusak::Teks\nsoal {=a\n~b\n~c"));
    }

    @Test
    void closingBraceWithoutOpening() {
        assertProblem(4, "} without an opening {", problemIn("Teks\nsoal =a ~b}"));
    }

    @Test
    void braceInsideTheBlock() {
        assertProblem(5, "{ inside an answer block", problemIn("Teks {\n=a\n~{b}"));
    }

    @Test
    void secondAnswerBlock() {
        assertProblem(4, "a second answer block", problemIn("Teks {=a ~b} lalu\n{=c ~d}"));
    }

    @Test
    void strayClosingBraceAfterTheBlock() {
        assertProblem(3, "stray brace", problemIn("Teks {=a ~b} lalu }"));
    }

    @Test
    void choicesWithNoRightAnswer() {
        assertProblem(3, "no right answer", problemIn("Teks {\n~a\n~b\n}"));
    }

    @Test
    void weightsThatDoNotAddUpToAHundred() {
        Problem p = problemIn("Teks {~%50%a ~%30%b ~c}");
        assertProblem(3, "no right answer", p);
        assertTrue(p.message().contains("here 80%"), p.message());
    }

    @Test
    void equalsWithAWeightBelowFullCredit() {
        assertProblem(3, "no right answer", problemIn("Teks {=%50%a ~b}"));
    }

    @Test
    void shortAnswerWithOnlyPartialCredit() {
        assertProblem(3, "no right answer", problemIn("Teks {=%50%a =%25%b}"));
    }

    @Test
    void numericAnswerThatIsNotANumber() {
        assertProblem(5, "\"dua ribu\" is not a number", problemIn("Tahun? {#\n=2012\n=%50%dua ribu:1\n}"));
    }

    @Test
    void numericAnswerWithADecimalComma() {
        assertProblem(3, "write decimals with a dot", problemIn("Rasio? {#0,5625:0.0001}"));
    }

    @Test
    void numericToleranceThatIsNotANumber() {
        assertProblem(3, "\"x\" is not a number", problemIn("Rasio? {#1:x}"));
    }

    @Test
    void numericRangeEndThatIsNotANumber() {
        assertProblem(3, "\"lima\" is not a number", problemIn("Angka? {#1..lima}"));
    }

    @Test
    void numericRangeRunningBackwards() {
        assertProblem(3, "runs backwards", problemIn("Angka? {#5..1}"));
    }

    @Test
    void negativeTolerance() {
        assertProblem(3, "negative", problemIn("Angka? {#5:-1}"));
    }

    @Test
    void numericBlockWithoutAnswers() {
        assertProblem(3, "needs an answer", problemIn("Angka? {#}"));
    }

    @Test
    void numericAnswerWithoutANumber() {
        assertProblem(3, "has no number", problemIn("Angka? {#=}"));
    }

    @Test
    void numericAnswersWithoutFullCredit() {
        assertProblem(3, "no right answer", problemIn("Angka? {#=%50%5}"));
    }

    @Test
    void textAfterTheTildeOfANumericQuestion() {
        assertProblem(4, "only #feedback", problemIn("Angka? {#5\n~7#salah}"));
    }

    @Test
    void negativeWeightOnANumericAnswer() {
        assertProblem(3, "negative weight", problemIn("Angka? {#=5 =%-50%6}"));
    }

    @Test
    void matchingPairWithoutArrow() {
        assertProblem(6, "matching pair without ->", problemIn("Pasangkan. {\n=a -> 1\n=b -> 2\n=c 3\n}"));
    }

    @Test
    void matchingWithOnePair() {
        assertProblem(3, "at least 2 pairs, found 1", problemIn("Pasangkan. {=a -> 1}"));
    }

    @Test
    void distractorsDoNotCountAsPairs() {
        assertProblem(3, "at least 2 pairs, found 1", problemIn("Pasangkan. {=a -> 1 = -> 2 = -> 3}"));
    }

    @Test
    void matchingPairWithoutOption() {
        assertProblem(4, "no option", problemIn("Pasangkan. {=a -> 1\n=b ->\n=c -> 3}"));
    }

    @Test
    void matchingPairWithFeedback() {
        assertProblem(4, "take no feedback", problemIn("Pasangkan. {=a -> 1\n=b -> 2#bagus}"));
    }

    @Test
    void textBeforeTheFirstPair() {
        assertProblem(3, "before the first pair", problemIn("Pasangkan. {x =a -> 1 =b -> 2}"));
    }

    @Test
    void unknownFormatMarker() {
        assertProblem(4, "unknown format marker [htm]", problemIn("::nama::\n[htm]<b>Teks</b>{T}"));
    }

    @Test
    void unknownFormatMarkerOnAnAnswer() {
        assertProblem(5, "unknown format marker [xml]", problemIn("Teks {\n=a\n~[xml]b\n}"));
    }

    @Test
    void unknownFormatMarkerInGeneralFeedback() {
        assertProblem(3, "unknown format marker [mark]", problemIn("Teks {T####[mark]umum}"));
    }

    @Test
    void textAfterATrueFalseBlock() {
        assertProblem(4, "text after the closing }: a true/false answer", problemIn("Bumi itu {T}\nbulat."));
    }

    @Test
    void textAfterAMatchingBlock() {
        assertProblem(3, "a matching block", problemIn("Pasangkan {=a -> 1 =b -> 2} berikut."));
    }

    @Test
    void textAfterAnEssayBlock() {
        assertProblem(3, "an essay block", problemIn("Tulis {} di sini."));
    }

    @Test
    void unclosedName() {
        assertProblem(3, "opened with :: but not closed", problemIn("::nama tanpa penutup Teks soal.{T}"));
    }

    @Test
    void questionWithoutText() {
        assertProblem(3, "no text", problemIn("::hanya nama::{T}"));
    }

    @Test
    void descriptionWithoutText() {
        assertProblem(3, "no text", problemIn("::hanya nama::"));
    }

    @Test
    void emptyAnswer() {
        assertProblem(4, "has no text", problemIn("Teks {=a\n~\n}"));
    }

    @Test
    void singleChoiceAnswer() {
        assertProblem(3, "at least 2 answers", problemIn("Teks {~%100%a}"));
    }

    @Test
    void weightOutOfRange() {
        assertProblem(4, "out of range", problemIn("Teks {=a\n~%150%b}"));
    }

    @Test
    void malformedWeight() {
        assertProblem(3, "malformed weight %setengah%", problemIn("Teks {=a ~%setengah%b}"));
    }

    @Test
    void negativeWeightOnAShortAnswer() {
        assertProblem(3, "negative weight", problemIn("Teks {=a =%-50%b}"));
    }

    @Test
    void trueFalseWithThreeFeedbacks() {
        assertProblem(3, "at most two feedbacks", problemIn("Pernyataan.{T#a#b#c}"));
    }

    @Test
    void textBeforeTheFirstAnswer() {
        assertProblem(3, "text before the first answer", problemIn("Teks {x ~a =b}"));
    }

    @Test
    void textBeforeTheFirstShortAnswer() {
        assertProblem(3, "text before the first answer", problemIn("Teks {x =a =b}"));
    }

    @Test
    void emptyCategory() {
        ParseResult r = GiftParser.parse("$CATEGORY: $course$/A\n\nSatu.{T}\n\n$CATEGORY:\n\nDua.{T}", FILE);
        assertEquals(List.of(new Problem(FILE, 5, "$CATEGORY: names no category")), r.problems());
        assertEquals(List.of("$course$/A", "$course$/A"), r.questions().stream().map(ParsedQuestion::category).toList());
    }

    @Test
    void severalBrokenQuestionsAreEachReported() {
        ParseResult r = GiftParser.parse("Satu {=a\n\nDua.{T}\n\r\nTiga {#x}\r\n\r\nEmpat.{F}", FILE);
        assertEquals(List.of(1, 5), r.problems().stream().map(Problem::line).toList());
        assertEquals(List.of("Dua.", "Empat."), r.questions().stream().map(ParsedQuestion::text).toList());
    }

    @Test
    void blankLineInsideABlockBreaksTheQuestionInTwo() {
        ParseResult r = GiftParser.parse("Teks {\n=a\n\n~b\n}", FILE);
        assertEquals(List.of(new Problem(FILE, 1, "unclosed {: the answer block has no closing }"),
                new Problem(FILE, 5, "} without an opening {; write \\} for a literal brace")), r.problems());
    }

    @Test
    void errorLinesCountTheBomAndWindowsLineEnds() {
        ParseResult r = GiftParser.parse("\uFEFF// komentar\r\n\r\nSatu.{T}\r\n\r\nDua {\r\n=a\r\n=b -> 1\r\n=c -> 2\r\n}", FILE);
        assertEquals(List.of(new Problem(FILE, 6, "matching pair without ->: write =item -> option")), r.problems());
        assertEquals(1, r.questions().size());
    }
}
