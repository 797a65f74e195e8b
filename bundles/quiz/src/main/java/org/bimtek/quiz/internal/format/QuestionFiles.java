package org.bimtek.quiz.internal.format;

import java.util.List;
import java.util.Locale;

/** Reads a question file in whichever format its name says. */
public final class QuestionFiles {

    private QuestionFiles() {
    }

    /** {@code .gift} is GIFT, {@code .txt} or {@code .aiken} is Aiken, {@code .json} is the JSON form for ordering questions. */
    public static ParseResult parse(String text, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gift")) {
            return GiftParser.parse(text, fileName);
        }
        if (lower.endsWith(".json")) {
            return JsonBankParser.parse(text, fileName);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".aiken")) {
            return AikenParser.parse(text, fileName);
        }
        return new ParseResult(List.of(), List.of(new Problem(fileName, 1,
                "unknown question file type: use .gift (GIFT), .txt or .aiken (Aiken), or .json (ordering questions)")));
    }
}
