package org.bimtek.events.internal.event;

/** How an event's seats stand: taken (enrolled), waitlisted, and waiting for an administrator's approval. */
public record Seats(int capacity, int taken, int waitlisted, int pending) {

    public int free() {
        return Math.max(0, capacity - taken);
    }
}
