package org.bimtek.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.UserService;
import org.bimtek.api.registry.Unit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code BIMTEK_DEMO=1} or {@code -Dbimtek.demo=true}, as identity decides it):
 * on a registry with no unit yet, loads Samarinda's ten kecamatan with some of their
 * kelurahan, a handful of OPDs, a few admins, accounts and decrees, through the same
 * importer as everyone else. The demo trainee {@code peserta} is linked to her person, and
 * a {@code pengawas} SUPERVISOR account, when identity has one, to Kecamatan Samarinda Ulu.
 */
@Component(immediate = true)
public final class RegistryDemo {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryDemo.class);
    static final String SUPERVISOR_USERNAME = "pengawas";
    static final String SUPERVISOR_UNIT = "KEC-SMDULU";

    @Activate
    public RegistryDemo(@Reference Database database, @Reference Importer importer, @Reference Scopes scopes,
            @Reference UserService users, @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.registry)") Schema schema) {
        if (!isDemoMode()) {
            return;
        }
        if (database.withConnection(c -> Sql.count(c, "SELECT COUNT(*) FROM registry_unit")) == 0) {
            seed(importer, Scope.all("system"));
            LOG.info("Demo registry loaded: Samarinda's units, admins, accounts and decrees");
        }
        users.findByUsername(SUPERVISOR_USERNAME).filter(u -> u.hasRole(Role.SUPERVISOR))
                .filter(u -> !scopes.assignments().containsKey(u.id()))
                .ifPresent(u -> database.withConnection(UnitStore::tree).byCode(SUPERVISOR_UNIT).map(Unit::id)
                        .ifPresent(unit -> scopes.assign("system", u.id(), unit)));
    }

    static void seed(Importer importer, Scope scope) {
        for (String kind : new String[] {"units", "people", "accounts"}) {
            check(importer.run(scope, kind, resource("/demo/" + kind + ".csv"), false));
        }
        check(importer.run(scope, "decrees", decrees(Dates.today()).getBytes(StandardCharsets.UTF_8), false));
    }

    /** Dates relative to today, so that the demo always has active, expiring and expired SKs. */
    static String decrees(LocalDate today) {
        return "nomor;tanggal;penandatangan;jabatan_penandatangan;kode_unit;berlaku_mulai;berlaku_sampai;status;admin;akun\n"
                + "800/112/Kel-AP/" + today.minusYears(1).getYear() + ";" + today.minusMonths(11) + ";H. Ahmad Fauzi, S.Sos.;Lurah Air Putih;"
                + "KEL-AIRPUTIH;" + today.minusMonths(11) + ";" + today.plusDays(20) + ";ACTIVE;199203152015032004;instagram:kel.airputih|tiktok:kel.airputih\n"
                + "800/045/Diskominfo/" + today.minusYears(1).getYear() + ";" + today.minusMonths(6) + ";Dr. Aswin, M.Si.;Kepala Dinas Komunikasi dan Informatika;"
                + "OPD-DISKOMINFO;" + today.minusMonths(6) + ";" + today.plusMonths(18) + ";ACTIVE;198511302009011003;instagram:diskominfo.samarinda|youtube:diskominfosamarinda\n"
                + "800/021/Kec-SU/" + today.minusYears(2).getYear() + ";" + today.minusYears(2) + ";Drs. Mardiansyah;Camat Samarinda Ulu;"
                + "KEC-SMDULU;" + today.minusYears(2) + ";" + today.minusMonths(1) + ";ACTIVE;199001052014032001;instagram:kec.samarinda.ulu\n"
                + "800/077/Dinkes/" + today.getYear() + ";" + today.minusMonths(2) + ";dr. Ismid Kusasih;Kepala Dinas Kesehatan;"
                + "OPD-DINKES;" + today.minusMonths(2) + ";;ACTIVE;dewi.kartika@samarindakota.go.id;instagram:dinkes.samarinda\n"
                + "800/009/Kel-RM/" + today.getYear() + ";" + today.minusMonths(3) + ";Rusdiansyah;Lurah Rawa Makmur;"
                + "KEL-RAWAMAKMUR;" + today.minusMonths(3) + ";" + today.plusDays(12) + ";ACTIVE;198912252012032003;instagram:kel.rawamakmur\n";
    }

    private static byte[] resource(String path) {
        try (InputStream in = RegistryDemo.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ImportReport report) {
        if (!report.isApplied()) {
            LOG.warn("Demo registry: {} not loaded: {}", report.getKind(), report.getErrors());
        }
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
