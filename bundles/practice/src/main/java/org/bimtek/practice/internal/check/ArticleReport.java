package org.bimtek.practice.internal.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page shows about an article before it is submitted.
 *
 * @param words         words in the body
 * @param headlineChars characters in the trimmed headline
 * @param lead          the lead ("teras berita") the 5W+1H heuristic looked at
 * @param fiveWOneH     question ({@code apa}, {@code siapa}, {@code kapan}, {@code di mana},
 *                      {@code mengapa}, {@code bagaimana}, in that order) to "seems answered"
 * @param findings      advisory findings, ids {@code words}, {@code headline}, {@code lead}
 */
public record ArticleReport(int words, int headlineChars, String lead,
                            Map<String, Boolean> fiveWOneH, List<Finding> findings) {

    public ArticleReport {
        // Copy into a LinkedHashMap: the page lists the questions in the order given.
        fiveWOneH = Collections.unmodifiableMap(new LinkedHashMap<>(fiveWOneH));
        findings = List.copyOf(findings);
    }
}
