package org.bimtek.api.health;

/** What {@code GET /api/health} answers. */
public record HealthReport(String status, String version, String database, Bundles bundles) {

    /** Bimtek's bundles and the framework's: how many run, how many failed to. */
    public record Bundles(int active, int failed) {
    }
}
