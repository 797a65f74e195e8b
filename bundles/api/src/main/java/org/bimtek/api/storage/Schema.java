package org.bimtek.api.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the storage extender, in the owning bundle's own context, once that
 * bundle's migration scripts have all been applied. A component that touches its
 * bundle's tables references it with a target such as
 * {@code (bimtek.schema.owner=org.bimtek.identity)}, so it never runs against a
 * half-migrated schema. When a script fails, no Schema appears and the bundle is
 * stopped: that bundle only.
 */
@ProviderType
public interface Schema {

    /** The manifest header naming the folder of a bundle's migration scripts, e.g. {@code db/migration}. */
    String MIGRATIONS_HEADER = "Bimtek-Migrations";

    /** Service property carrying the owning bundle's symbolic name. */
    String OWNER_PROPERTY = "bimtek.schema.owner";

    /** Symbolic name of the bundle that owns the tables. */
    String owner();

    /** The highest script version applied, 0 when the bundle has no scripts yet. */
    int version();
}
