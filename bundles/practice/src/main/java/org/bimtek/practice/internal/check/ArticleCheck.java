package org.bimtek.practice.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Pre-checks for a news article written in the page: length, headline and lead. */
public final class ArticleCheck {

    static final String WORDS = "words";
    static final String HEADLINE = "headline";
    static final String LEAD = "lead";

    /** A lead answering five of the six questions is good enough for a short local news item. */
    private static final int ANSWERS_NEEDED = 5;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private ArticleCheck() {
    }

    public static ArticleReport check(String headline, String body, ArticleLimits limits) {
        Objects.requireNonNull(limits, "limits");
        String cleanHeadline = headline == null ? "" : headline.strip();
        String cleanBody = body == null ? "" : body;

        int words = countWords(cleanBody);
        int headlineChars = cleanHeadline.codePointCount(0, cleanHeadline.length());
        String lead = LeadParagraph.of(cleanBody);
        Map<String, Boolean> answers = FiveWOneH.answer(lead);

        List<Finding> findings = new ArrayList<>();
        findings.add(wordsFinding(words, limits));
        findings.add(headlineFinding(headlineChars, limits));
        findings.add(leadFinding(lead, answers));
        return new ArticleReport(words, headlineChars, lead, answers, findings);
    }

    /** Tokens between whitespace count as words only if they hold a letter or digit, so "-" or "—" do not. */
    static int countWords(String text) {
        int count = 0;
        for (String token : WHITESPACE.split(text.strip())) {
            if (HAS_LETTER_OR_DIGIT.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    private static Finding wordsFinding(int words, ArticleLimits limits) {
        if (limits.minWords() > 0 && words < limits.minWords()) {
            return Finding.warning(WORDS,
                    "Tulisan Anda " + words + " kata; minimal " + limits.minWords() + " kata.");
        }
        if (limits.maxWords() > 0 && words > limits.maxWords()) {
            return Finding.warning(WORDS,
                    "Tulisan Anda " + words + " kata; maksimal " + limits.maxWords() + " kata.");
        }
        return Finding.ok(WORDS, "Tulisan Anda " + words + " kata.");
    }

    private static Finding headlineFinding(int headlineChars, ArticleLimits limits) {
        if (headlineChars == 0) {
            return Finding.warning(HEADLINE, "Judul masih kosong.");
        }
        if (limits.maxHeadlineChars() > 0 && headlineChars > limits.maxHeadlineChars()) {
            return Finding.warning(HEADLINE, "Judul " + headlineChars
                    + " karakter; sebaiknya paling panjang " + limits.maxHeadlineChars() + ".");
        }
        return Finding.ok(HEADLINE, "Judul " + headlineChars + " karakter.");
    }

    private static Finding leadFinding(String lead, Map<String, Boolean> answers) {
        if (lead.isEmpty()) {
            return Finding.warning(LEAD, "Teras berita belum ada; tulis dulu paragraf pembuka.");
        }
        List<String> missing = FiveWOneH.QUESTIONS.stream()
                .filter(question -> !answers.get(question))
                .toList();
        if (missing.isEmpty()) {
            return Finding.ok(LEAD, "Teras berita sudah menjawab 5W+1H.");
        }
        String missingList = String.join(", ", missing);
        if (FiveWOneH.QUESTIONS.size() - missing.size() >= ANSWERS_NEEDED) {
            return Finding.ok(LEAD, "Teras berita sudah cukup lengkap; mungkin belum menjawab: " + missingList + ".");
        }
        return Finding.warning(LEAD, "Teras berita belum menjawab: " + missingList + ".");
    }
}
