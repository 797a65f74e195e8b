package org.bimtek.api.registry;

/** What an organisational unit is; the tree is city -> OPD and city -> kecamatan -> kelurahan. */
public enum UnitKind {
    /** The city government itself, the root. */
    CITY,
    /** Organisasi Perangkat Daerah: a city agency. */
    OPD,
    /** A sub-district. */
    KECAMATAN,
    /** An urban village inside a kecamatan. */
    KELURAHAN;

    /** Whether a unit of this kind may sit under a unit of kind {@code parent} ({@code null}: the root). */
    public boolean mayBeUnder(UnitKind parent) {
        return switch (this) {
            case CITY -> parent == null;
            case OPD, KECAMATAN -> parent == CITY;
            case KELURAHAN -> parent == KECAMATAN;
        };
    }
}
