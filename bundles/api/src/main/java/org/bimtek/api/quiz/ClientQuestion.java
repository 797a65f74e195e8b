package org.bimtek.api.quiz;

import java.util.List;

/**
 * What a trainee's browser is shown of a question in an attempt: no answer key, no
 * feedback. {@code options} for choice, true/false, matching and ordering questions,
 * {@code items} for matching; empty lists otherwise.
 */
public record ClientQuestion(int slot, String type, String text, String format, List<ClientOption> options, List<ClientOption> items) {

    public ClientQuestion {
        options = List.copyOf(options);
        items = List.copyOf(items);
    }
}
