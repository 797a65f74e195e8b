package org.bimtek.registry.internal;

import java.util.function.Supplier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.storage.StorageException;

/**
 * Natural keys are checked before writing, but two requests may still race to the same
 * key; the database's unique constraint then decides, and the loser gets a 409, not a 500.
 */
final class Duplicates {

    private Duplicates() {
    }

    static <T> T refused(Supplier<T> write) {
        try {
            return write.get();
        } catch (StorageException e) {
            if (e.isConstraintViolation()) {
                throw ApiException.conflict("duplicate", "Data yang sama baru saja disimpan oleh permintaan lain; muat ulang lalu coba lagi.");
            }
            throw e;
        }
    }
}
