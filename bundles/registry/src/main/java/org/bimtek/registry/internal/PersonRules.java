package org.bimtek.registry.internal;

import java.time.LocalDate;

/** What a person's fields must be: shared by the REST API and the importer. */
final class PersonRules {

    /** The checked, cleaned fields of a person. */
    record Draft(String fullName, String nip, String position, String phone, String email) {
    }

    private PersonRules() {
    }

    static Draft check(FieldErrors errors, String fullName, String nip, String position, String phone, String email, LocalDate today) {
        String name = Text.required(errors, "fullName", fullName, 200);
        String number = Nip.normalise(nip);
        if (number != null) {
            Nip.problem(number, today).ifPresent(reason -> errors.add("nip", reason));
        }
        String mail = Text.email(errors, "email", email);
        if (number == null && mail == null) {
            errors.add("nip", "NIP atau e-mail wajib diisi (salah satu menjadi kunci data)");
        }
        return new Draft(name, number, Text.optional(errors, "position", position, 200), Text.phone(errors, "phone", phone), mail);
    }
}
