package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bimtek.api.course.Tier;
import org.bimtek.api.registry.CertificateTierSource;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * How well each unit is covered, rolled up the tree: a unit's figures include every unit
 * under it. Tier counts come from certification's {@link CertificateTierSource} when one is
 * registered, and are zero until then.
 */
@Component(service = CoverageReport.class)
public final class CoverageReport {

    /** One unit's figures; {@code certified} counts admins holding that tier or a higher one. */
    record Row(long unitId, String code, String name, String kind, int depth, Long parentId, long admins, long withActiveDecree,
            Map<Tier, Long> certified, long accounts, long accountsWithoutAdmin) {
    }

    private final Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CertificateTierSource tiers;

    @Activate
    public CoverageReport(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        this.database = database;
    }

    /** For tests, and for a caller that brings its own source. */
    CoverageReport(Database database, CertificateTierSource tiers) {
        this.database = database;
        this.tiers = tiers;
    }

    /** The rows of every unit in scope, in tree order. */
    List<Row> rows(Scope scope, LocalDate day) {
        return database.withConnection(c -> {
            UnitTree tree = UnitStore.tree(c);
            Map<Long, long[]> direct = directFigures(c, day);
            Map<Long, Map<Tier, Long>> certified = certifiedPerUnit(c, day);
            List<Row> rows = new ArrayList<>();
            int baseDepth = Integer.MAX_VALUE;
            for (Unit unit : tree.ordered()) {
                if (!scope.allows(unit.id())) {
                    continue;
                }
                long[] sum = new long[4];
                Map<Tier, Long> tierSum = new EnumMap<>(Tier.class);
                for (Tier tier : Tier.values()) {
                    tierSum.put(tier, 0L);
                }
                for (Unit below : tree.subtree(unit.id())) {
                    long[] figures = direct.getOrDefault(below.id(), new long[4]);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += figures[i];
                    }
                    certified.getOrDefault(below.id(), Map.of()).forEach((tier, n) -> tierSum.merge(tier, n, Long::sum));
                }
                int depth = tree.depth(unit.id());
                baseDepth = Math.min(baseDepth, depth);
                rows.add(new Row(unit.id(), unit.code(), unit.name(), unit.kind().name(), depth, unit.parentId(), sum[0], sum[1],
                        tierSum, sum[2], sum[3]));
            }
            int shift = baseDepth == Integer.MAX_VALUE ? 0 : baseDepth;
            return rows.stream().map(r -> new Row(r.unitId(), r.code(), r.name(), r.kind(), r.depth() - shift, r.parentId(),
                    r.admins(), r.withActiveDecree(), r.certified(), r.accounts(), r.accountsWithoutAdmin())).toList();
        });
    }

    /** Per unit, not rolled up: admins, admins with an SK in force, accounts, accounts nobody manages. */
    private static Map<Long, long[]> directFigures(Connection c, LocalDate day) throws SQLException {
        Map<Long, long[]> figures = new HashMap<>();
        add(figures, 0, Sql.list(c, "SELECT unit_id, COUNT(*) FROM registry_person WHERE active = TRUE GROUP BY unit_id", CoverageReport::pair));
        add(figures, 1, Sql.list(c, "SELECT p.unit_id, COUNT(*) FROM registry_person p WHERE p.active = TRUE AND "
                + PersonStore.HAS_ACTIVE_DECREE + " GROUP BY p.unit_id", CoverageReport::pair, day, day));
        add(figures, 2, Sql.list(c, "SELECT unit_id, COUNT(*) FROM registry_account WHERE active = TRUE GROUP BY unit_id", CoverageReport::pair));
        add(figures, 3, AccountStore.unmanagedPerUnit(c, day));
        return figures;
    }

    private static long[] pair(java.sql.ResultSet rs) throws SQLException {
        return new long[] {rs.getLong(1), rs.getLong(2)};
    }

    private static void add(Map<Long, long[]> figures, int index, List<long[]> rows) {
        for (long[] row : rows) {
            figures.computeIfAbsent(row[0], k -> new long[4])[index] = row[1];
        }
    }

    private Map<Long, Map<Tier, Long>> certifiedPerUnit(Connection c, LocalDate day) throws SQLException {
        CertificateTierSource source = tiers;
        Map<Long, Map<Tier, Long>> perUnit = new HashMap<>();
        if (source == null) {
            return perUnit;
        }
        Map<Long, Long> unitOf = new LinkedHashMap<>();
        for (long[] row : Sql.list(c, "SELECT id, unit_id FROM registry_person WHERE active = TRUE", CoverageReport::pair)) {
            unitOf.put(row[0], row[1]);
        }
        Map<Long, Tier> highest = source.highestTiers(unitOf.keySet(), day);
        highest.forEach((person, top) -> {
            Long unit = unitOf.get(person);
            if (unit == null || top == null) {
                return;
            }
            for (Tier tier : Tier.values()) {
                if (tier.ordinal() <= top.ordinal()) {
                    perUnit.computeIfAbsent(unit, k -> new EnumMap<>(Tier.class)).merge(tier, 1L, Long::sum);
                }
            }
        });
        return perUnit;
    }

    /** The report's CSV columns, the same as the JSON fields. */
    static final List<String> CSV_HEADER = List.of("kode_unit", "nama_unit", "jenis", "tingkat", "admin", "admin_sk_aktif",
            "sertifikat_dasar", "sertifikat_menengah", "sertifikat_mahir", "akun", "akun_tanpa_admin");

    static List<String> csvRow(Row row) {
        return List.of(row.code(), row.name(), row.kind(), String.valueOf(row.depth()), String.valueOf(row.admins()),
                String.valueOf(row.withActiveDecree()), String.valueOf(row.certified().get(Tier.DASAR)),
                String.valueOf(row.certified().get(Tier.MENENGAH)), String.valueOf(row.certified().get(Tier.MAHIR)),
                String.valueOf(row.accounts()), String.valueOf(row.accountsWithoutAdmin()));
    }
}
