package org.bimtek.quiz.internal.engine;

/**
 * What became of a save. {@code SAVED}: it is now the slot's answer, durably. {@code DUPLICATE}: this save id
 * was already the slot's answer. {@code SUPERSEDED}: a newer save is kept, this one changed nothing.
 * All three are acknowledgements: the client can forget the save.
 */
public record SaveOutcome(int slot, String saveId, Status status, long savedMs) {

    public enum Status {
        SAVED, DUPLICATE, SUPERSEDED
    }
}
