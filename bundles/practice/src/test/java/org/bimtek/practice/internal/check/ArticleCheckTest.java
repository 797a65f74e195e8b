package org.bimtek.practice.internal.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCheckTest {

    private static final String GOOD_LEAD = "Kelurahan Air Putih menggelar kerja bakti membersihkan saluran air "
            + "di Jalan Juanda, Samarinda, Minggu (12/3/2026) pagi, untuk mencegah banjir saat musim hujan. "
            + "Warga bekerja bersama petugas kebersihan dengan membagi lokasi per RT.";

    private static final String LEAD_WITHOUT_TIME_AND_REASON = "Warga Kelurahan Sidodadi menggelar kerja bakti "
            + "di Jalan Pahlawan dengan membawa peralatan sendiri.";

    @Test
    void goodLeadAnswersAllSixQuestions() {
        ArticleReport report = ArticleCheck.check("Warga Air Putih Kerja Bakti Cegah Banjir",
                GOOD_LEAD + "\n\nKegiatan dimulai pukul 07.00 WITA.", ArticleLimits.NONE);

        assertEquals(GOOD_LEAD, report.lead());
        assertEquals(List.of("apa", "siapa", "kapan", "di mana", "mengapa", "bagaimana"),
                List.copyOf(report.fiveWOneH().keySet()));
        assertTrue(report.fiveWOneH().values().stream().allMatch(Boolean::booleanValue), report.fiveWOneH()::toString);
        assertEquals(new Finding("lead", Finding.Level.OK, "Teras berita sudah menjawab 5W+1H."), finding(report, "lead"));
    }

    @Test
    void leadWithoutTimeAndReasonNamesThem() {
        ArticleReport report = ArticleCheck.check("Kerja Bakti", LEAD_WITHOUT_TIME_AND_REASON, ArticleLimits.NONE);

        assertEquals(Map.of("apa", true, "siapa", true, "kapan", false, "di mana", true, "mengapa", false,
                "bagaimana", true), report.fiveWOneH());
        assertEquals(new Finding("lead", Finding.Level.WARNING, "Teras berita belum menjawab: kapan, mengapa."),
                finding(report, "lead"));
    }

    @Test
    void fiveOfSixIsStillOk() {
        ArticleReport report = ArticleCheck.check("Kerja Bakti",
                LEAD_WITHOUT_TIME_AND_REASON.replace(".", " pada Senin pagi."), ArticleLimits.NONE);

        assertFalse(report.fiveWOneH().get("mengapa"));
        Finding lead = finding(report, "lead");
        assertEquals(Finding.Level.OK, lead.level());
        assertTrue(lead.message().endsWith("mengapa."), lead.message());
    }

    @Test
    void emptyBodyHasNoLead() {
        ArticleReport report = ArticleCheck.check(null, null, ArticleLimits.NONE);

        assertEquals(0, report.words());
        assertEquals("", report.lead());
        assertEquals(Finding.Level.WARNING, finding(report, "lead").level());
        assertEquals(new Finding("headline", Finding.Level.WARNING, "Judul masih kosong."), finding(report, "headline"));
    }

    @Test
    void leadIsFirstParagraphOrItsFirstTwoSentences() {
        assertEquals("Satu dua tiga.", LeadParagraph.of("  Satu dua\ntiga.\n \nParagraf kedua."));
        assertEquals("Kalimat pertama di Jl. Juanda. Kalimat kedua.",
                LeadParagraph.of("Kalimat pertama di Jl. Juanda. Kalimat kedua. Kalimat ketiga.\n\nLain."));
    }

    @Test
    void wordsAreTokensWithALetterOrDigit() {
        assertEquals(4, ArticleCheck.countWords("  Warga — kerja bakti , 2026 !  "));
        assertEquals(0, ArticleCheck.countWords(" - — ! "));
    }

    @Test
    void wordCountAgainstLimits() {
        ArticleLimits limits = new ArticleLimits(150, 200, 0);

        assertEquals(new Finding("words", Finding.Level.WARNING, "Tulisan Anda 80 kata; minimal 150 kata."),
                finding(ArticleCheck.check("Judul", words(80), limits), "words"));
        assertEquals(new Finding("words", Finding.Level.WARNING, "Tulisan Anda 201 kata; maksimal 200 kata."),
                finding(ArticleCheck.check("Judul", words(201), limits), "words"));
        ArticleReport within = ArticleCheck.check("Judul", words(150), limits);
        assertEquals(150, within.words());
        assertEquals(Finding.Level.OK, finding(within, "words").level());
    }

    @Test
    void headlineLength() {
        ArticleLimits limits = new ArticleLimits(0, 0, 70);

        ArticleReport tooLong = ArticleCheck.check("  " + "J".repeat(95) + "  ", "Isi.", limits);
        assertEquals(95, tooLong.headlineChars());
        assertEquals(new Finding("headline", Finding.Level.WARNING, "Judul 95 karakter; sebaiknya paling panjang 70."),
                finding(tooLong, "headline"));
        assertEquals(Finding.Level.OK, finding(ArticleCheck.check("J".repeat(70), "Isi.", limits), "headline").level());
        assertEquals(Finding.Level.WARNING, finding(ArticleCheck.check("   ", "Isi.", limits), "headline").level());
    }

    @Test
    void singleRulesOfTheHeuristic() {
        assertTrue(FiveWOneH.answer("Acara itu berlangsung 12-03-2026.").get("kapan"));
        assertTrue(FiveWOneH.answer("Acara itu berlangsung pagi.").get("kapan"));
        assertTrue(FiveWOneH.answer("Acara berlangsung 7 Des lalu.").get("kapan"));
        assertFalse(FiveWOneH.answer("Acara berlangsung des lalu.").get("kapan"));
        assertTrue(FiveWOneH.answer("Lomba digelar di Jl. Juanda.").get("di mana"));
        assertTrue(FiveWOneH.answer("Lomba digelar ke Samarinda.").get("di mana"));
        assertTrue(FiveWOneH.answer("Lomba ini digelar dalam rangka HUT kota.").get("mengapa"));
        assertTrue(FiveWOneH.answer("Lomba dibuka oleh Andi Harun.").get("siapa"));
        assertTrue(FiveWOneH.answer("Pak Lurah membuka lomba.").get("siapa"));
        // A capitalised run after a place word is a place, not a person.
        assertFalse(FiveWOneH.answer("Banjir melanda Jalan Ahmad Yani.").get("siapa"));
        // The first word of a sentence is capitalised anyway.
        assertFalse(FiveWOneH.answer("Hujan Deras turun.").get("siapa"));
        assertTrue(FiveWOneH.answer("Sampah dibersihkan.").get("apa"));
        assertFalse(FiveWOneH.answer("Hujan turun.").get("apa"));
    }

    private static String words(int count) {
        return "kata ".repeat(count).strip();
    }

    private static Finding finding(ArticleReport report, String id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + report.findings()));
    }
}
