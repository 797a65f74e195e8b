package org.bimtek.awards.internal.platform;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds an optional service that comes and goes. Unbinding clears the slot only when it still holds that very service:
 * with a greedy reference the replacement is bound before the old one is unbound, and must not be lost.
 */
final class ServiceSlot<T> {

    private final AtomicReference<T> current = new AtomicReference<>();

    void bind(T service) {
        current.set(service);
    }

    void unbind(T service) {
        current.compareAndSet(service, null);
    }

    Optional<T> get() {
        return Optional.ofNullable(current.get());
    }
}
