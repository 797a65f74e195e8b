package org.bimtek.api.registry;

/**
 * An admin in the registry. {@code nip} (18 digits) is null for someone who is not a civil
 * servant; then {@code email} is the natural key. {@code unitId} is the current unit; the
 * history of units is kept beside it. {@code userId} is the linked login account, if any.
 */
public record Person(long id, String fullName, String nip, String position, String phone, String email,
        Long userId, long unitId, boolean active) {
}
