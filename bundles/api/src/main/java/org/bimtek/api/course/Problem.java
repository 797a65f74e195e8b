package org.bimtek.api.course;

/** One validation error: the file at fault, the line (0 when not known), what is wrong. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
