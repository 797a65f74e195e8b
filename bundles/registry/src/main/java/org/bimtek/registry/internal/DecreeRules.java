package org.bimtek.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bimtek.api.registry.Decree;
import org.bimtek.api.registry.DecreeStatus;

/** What a decree's fields must be, and the hand-overs a change of it causes: shared by the REST API and the importer. */
final class DecreeRules {

    /** The checked fields; {@code stored} is what the status column keeps (EXPIRED is stored as ACTIVE). */
    record Draft(String number, LocalDate date, String signedByName, String signedByTitle, LocalDate validFrom,
            LocalDate validTo, DecreeStatus stored) {
    }

    private DecreeRules() {
    }

    static Draft check(FieldErrors errors, String number, String date, String signedByName, String signedByTitle,
            String validFrom, String validTo, String status, LocalDate today) {
        String cleanNumber = Text.required(errors, "number", number, 100);
        LocalDate day = Dates.parse(errors, "date", date, true);
        String name = Text.required(errors, "signedByName", signedByName, 200);
        String title = Text.required(errors, "signedByTitle", signedByTitle, 200);
        LocalDate from = Dates.parse(errors, "validFrom", validFrom, true);
        LocalDate to = Dates.parse(errors, "validTo", validTo, false);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("validTo", "berlaku sampai tidak boleh sebelum berlaku mulai");
        }
        if (day != null && day.isAfter(today.plusYears(1))) {
            errors.add("date", "tanggal SK terlalu jauh di masa depan");
        }
        DecreeStatus given = Text.choice(errors, "status", status, DecreeStatus.class, false);
        DecreeStatus stored = given == null ? DecreeStatus.ACTIVE : given;
        if (given == DecreeStatus.EXPIRED) {
            if (to == null || !to.isBefore(today)) {
                errors.add("status", "EXPIRED ditentukan oleh tanggal berlaku sampai yang sudah lewat");
            }
            stored = DecreeStatus.ACTIVE;
        }
        return new Draft(cleanNumber, day, name, title, from, to, stored);
    }

    /** The (person, account) pairs a decree puts in charge today: none unless it is in force. */
    static Set<List<Long>> pairs(Decree decree, Collection<Long> people, Collection<Long> accounts, LocalDate today) {
        Set<List<Long>> pairs = new HashSet<>();
        if (decree != null && decree.inForceOn(today)) {
            for (Long person : people) {
                for (Long account : accounts) {
                    pairs.add(List.of(person, account));
                }
            }
        }
        return pairs;
    }

    /** Writes an APPOINTED hand-over for each new pair and a RELEASED one for each pair that ended. */
    static void recordHandovers(Connection c, long decreeId, Set<List<Long>> before, Set<List<Long>> after, Instant at, String note)
            throws SQLException {
        for (List<Long> pair : after) {
            if (!before.contains(pair)) {
                HistoryStore.handover(c, pair.get(1), pair.get(0), HistoryStore.APPOINTED, at, decreeId, note);
            }
        }
        for (List<Long> pair : before) {
            if (!after.contains(pair)) {
                HistoryStore.handover(c, pair.get(1), pair.get(0), HistoryStore.RELEASED, at, decreeId, note);
            }
        }
    }

    static Decree decree(long id, Draft draft, long unitId, LocalDate today) {
        DecreeStatus status = draft.stored() == DecreeStatus.ACTIVE && draft.validTo() != null && draft.validTo().isBefore(today)
                ? DecreeStatus.EXPIRED : draft.stored();
        return new Decree(id, draft.number(), draft.date(), draft.signedByName(), draft.signedByTitle(), unitId, draft.validFrom(),
                draft.validTo(), status);
    }
}
