package org.bimtek.registry.internal;

import java.util.List;

/**
 * The JSON bodies the REST API accepts. Dates and choices arrive as text so that a wrong
 * one is reported against its field, not as unreadable JSON. On update, a field left out
 * (null) keeps its value.
 */
final class Inputs {

    private Inputs() {
    }

    record UnitInput(String code, String name, String kind, Long parentId, String parentCode, Boolean active) {
    }

    record PersonInput(String fullName, String nip, String position, String phone, String email, Long userId,
            Long unitId, String unitCode, Boolean active) {
    }

    record TransferInput(Long unitId, String unitCode, String note) {
    }

    record DecreeInput(String number, String date, String signedByName, String signedByTitle, Long unitId, String unitCode,
            String validFrom, String validTo, String status, List<Long> personIds, List<Long> accountIds, Long supersedes) {
    }

    record AccountInput(String platform, String handle, String url, Long unitId, String unitCode, Boolean active) {
    }

    record SupervisorInput(Long unitId, String unitCode) {
    }
}
