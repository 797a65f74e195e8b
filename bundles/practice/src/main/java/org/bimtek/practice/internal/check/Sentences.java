package org.bimtek.practice.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Indonesian prose into sentences, good enough for a lead of a few sentences. */
final class Sentences {

    /** End punctuation (maybe closed by a quote or bracket), space, then what can open a sentence. */
    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(]?[\\p{Lu}\\d])");

    /**
     * Abbreviations common in local news whose period does not end a sentence,
     * e.g. "di Jl. Juanda" or "Drs. H. Andi".
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jl", "jln", "no", "dr", "drs", "dra", "h", "hj", "ir", "prof", "st", "kec", "kel",
            "kab", "gg", "bpk", "sdr", "kh", "tgl");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            if (endsWithAbbreviation(text.substring(start, boundary.start()))) {
                continue;
            }
            addIfNotBlank(sentences, text.substring(start, boundary.start()));
            start = boundary.end();
        }
        addIfNotBlank(sentences, text.substring(start));
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.endsWith(".")) {
            return false;
        }
        int lastSpace = trimmed.lastIndexOf(' ');
        String lastWord = trimmed.substring(lastSpace + 1, trimmed.length() - 1)
                .replaceAll("^[\"“(]+", "")
                .toLowerCase(Locale.ROOT);
        // A single letter before the period is an initial ("H. Andi"), not a sentence end.
        return lastWord.length() == 1 || ABBREVIATIONS.contains(lastWord);
    }

    private static void addIfNotBlank(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }
}
