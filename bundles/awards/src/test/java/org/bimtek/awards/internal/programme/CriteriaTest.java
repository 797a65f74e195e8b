package org.bimtek.awards.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bimtek.api.http.ApiException;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.model.Criterion;
import org.bimtek.awards.internal.model.CriterionKind;
import org.bimtek.awards.internal.programme.ProgrammeInput.CriterionInput;
import org.junit.jupiter.api.Test;

/** The administrator's criteria: refused with a message that names the row, stored and read back unchanged. */
class CriteriaTest {

    @Test
    void theUsualCriteriaRoundTripThroughJson() {
        List<Criterion> checked = Criteria.check(AwardsDemo.programme().criteria());
        assertEquals(5, checked.size());
        assertEquals(new Criterion("konsistensi-unggahan", "Konsistensi unggahan akun", CriterionKind.JURY, null, 40), checked.get(4));
        assertEquals(ComputedSource.ATTENDANCE, checked.get(3).source());
        assertEquals(checked, Criteria.fromJson(Criteria.toJson(checked)));
    }

    @Test
    void anIdIsMadeFromTheTitleWhenLeftOut() {
        List<Criterion> checked = Criteria.check(List.of(new CriterionInput(null, "Kualitas Foto & Video", "JURY", null, 1.0),
                new CriterionInput(" ", "Kualitas foto & video", "JURY", null, 2.0)));
        assertEquals(List.of("kualitas-foto-video", "kualitas-foto-video-2"), checked.stream().map(Criterion::id).toList());
    }

    @Test
    void whatIsWrongIsSaidWithTheRowsNumber() {
        assertEquals(400, refused(List.of()).status());
        assertTrue(refused(List.of(new CriterionInput("a", "A", "JURY", null, 0.0))).getMessage().startsWith("Kriteria ke-1: bobot"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "JURY", null, 1.0), new CriterionInput("b", "B", "COMPUTED", "LIKES", 1.0)))
                .getMessage().startsWith("Kriteria ke-2: sumber"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "JURY", "QUIZ_AVERAGE", 1.0))).getMessage().contains("tidak memakai sumber"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "OTHER", null, 1.0))).getMessage().contains("COMPUTED"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "JURY", null, 1.0), new CriterionInput("a", "B", "JURY", null, 1.0)))
                .getMessage().contains("sudah dipakai"));
        assertTrue(refused(List.of(new CriterionInput("A B", "A", "JURY", null, 1.0))).getMessage().contains("huruf kecil"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "COMPUTED", "QUIZ_AVERAGE", 1.0),
                new CriterionInput("b", "B", "COMPUTED", "quiz_average", 1.0))).getMessage().contains("sudah dipakai"));
        assertTrue(refused(List.of(new CriterionInput("a", "A", "JURY", null, Double.NaN))).getMessage().contains("bobot"));
    }

    private static ApiException refused(List<CriterionInput> inputs) {
        return assertThrows(ApiException.class, () -> Criteria.check(inputs));
    }
}
