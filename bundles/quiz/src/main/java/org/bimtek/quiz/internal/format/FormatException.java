package org.bimtek.quiz.internal.format;

/** A broken question: thrown inside a parser, caught per question and turned into a {@link Problem}. */
final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    FormatException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
