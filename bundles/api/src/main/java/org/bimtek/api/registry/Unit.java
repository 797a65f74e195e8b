package org.bimtek.api.registry;

/** An organisational unit. {@code code} is its natural key; {@code parentId} is null for the root. */
public record Unit(long id, String code, String name, UnitKind kind, Long parentId, boolean active) {
}
