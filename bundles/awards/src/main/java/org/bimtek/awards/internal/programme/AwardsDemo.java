package org.bimtek.awards.internal.programme;

import java.util.List;
import org.bimtek.awards.internal.programme.ProgrammeInput.CriterionInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code BIMTEK_DEMO=1} or {@code -Dbimtek.demo=true}, as identity decides it): on an empty awards table,
 * the programme "Pengelola Medsos Terbaik 2026", open for nominations. Only on an empty table, so a reinstalled module
 * finds its programmes as they were and adds none.
 */
@Component(immediate = true)
public final class AwardsDemo {

    private static final Logger LOG = LoggerFactory.getLogger(AwardsDemo.class);
    static final String TITLE = "Pengelola Medsos Terbaik 2026";

    @Activate
    public AwardsDemo(@Reference Programmes programmes) {
        if (isDemoMode() && programmes.isEmpty()) {
            programmes.createAs("system", programme());
            LOG.info("Demo award programme created: {}", TITLE);
        }
    }

    static ProgrammeInput programme() {
        return new ProgrammeInput(TITLE, "2026", 3, List.of(
                new CriterionInput("tingkat-sertifikat", "Tingkat sertifikat", "COMPUTED", "CERTIFICATE_TIER", 20.0),
                new CriterionInput("rerata-kuis", "Rata-rata nilai kuis", "COMPUTED", "QUIZ_AVERAGE", 15.0),
                new CriterionInput("nilai-praktik", "Nilai praktik", "COMPUTED", "PRACTICE_SCORE", 15.0),
                new CriterionInput("kehadiran", "Kehadiran bimtek", "COMPUTED", "ATTENDANCE", 10.0),
                new CriterionInput("konsistensi-unggahan", "Konsistensi unggahan akun", "JURY", null, 40.0)));
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
