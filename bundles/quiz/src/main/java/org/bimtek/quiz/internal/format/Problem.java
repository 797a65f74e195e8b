package org.bimtek.quiz.internal.format;

/** One error in a question file: the file, the 1-based line, what is wrong. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
