package org.bimtek.registry.internal;

import java.util.Set;
import org.bimtek.api.http.ApiException;

/**
 * What one user may see and change in the registry: everything (ADMIN, the shell, the
 * demo seed) or one unit's subtree (SUPERVISOR). Objects outside the scope are answered
 * as not found, so that a supervisor cannot even learn they exist.
 *
 * @param actor  who acts, for the audit log
 * @param unitIds the units in scope; null for all of them
 */
record Scope(String actor, Long rootUnitId, Set<Long> unitIds) {

    static Scope all(String actor) {
        return new Scope(actor, null, null);
    }

    boolean isAll() {
        return unitIds == null;
    }

    boolean allows(long unitId) {
        return unitIds == null || unitIds.contains(unitId);
    }

    /** An SQL condition restricting {@code column} to the scope ("1 = 1" for all). */
    String filter(String column) {
        return unitIds == null ? "1 = 1" : Sql.in(column, unitIds);
    }

    /** 404 when the unit is outside the scope, with the same words as for a unit that does not exist. */
    void require(long unitId, String notFoundMessage) {
        if (!allows(unitId)) {
            throw ApiException.notFound(notFoundMessage);
        }
    }
}
