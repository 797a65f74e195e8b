package org.bimtek.awards.internal.model;

import java.util.Locale;
import java.util.Optional;

/** Where a programme stands. It only moves on, one step at a time, and only an administrator moves it. */
public enum Phase {
    /** Supervisors and administrators nominate. */
    NOMINATION("Nominasi"),
    /** The jury scores; nominations are closed. */
    JURY("Penilaian juri"),
    /** The ranking is frozen and the winners are public. */
    PUBLISHED("Diumumkan");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The phase's name for people, in Indonesian. */
    public String label() {
        return label;
    }

    /** The phase after this one; empty once published. */
    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The phase named by {@code text} (any case), or empty. */
    public static Optional<Phase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
