package org.bimtek.practice.internal.check;

import java.util.Objects;

/**
 * One line of the pre-check shown next to the submit button.
 *
 * @param id      stable identifier the page and the tests rely on (e.g. {@code "words"})
 * @param level   how the page should present it
 * @param message plain Indonesian text for the trainee
 */
public record Finding(String id, Level level, String message) {

    /** Advisory only: no level blocks a submission, a WARNING just asks the trainee to look again. */
    public enum Level { OK, WARNING, INFO }

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    static Finding ok(String id, String message) {
        return new Finding(id, Level.OK, message);
    }

    static Finding warning(String id, String message) {
        return new Finding(id, Level.WARNING, message);
    }

    static Finding info(String id, String message) {
        return new Finding(id, Level.INFO, message);
    }
}
