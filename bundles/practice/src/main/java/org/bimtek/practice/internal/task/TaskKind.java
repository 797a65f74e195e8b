package org.bimtek.practice.internal.task;

/** What a trainee hands in. */
public enum TaskKind {
    /** A headline and a body, written in the page. */
    ARTICLE,
    /** A photo file. */
    PHOTO,
    /** A video file. */
    VIDEO;

    public boolean isFile() {
        return this != ARTICLE;
    }
}
