package org.bimtek.api.course;

/** The certification ladder's tiers, lowest first; each requires the one below. */
public enum Tier {
    DASAR, MENENGAH, MAHIR
}
