package org.bimtek.events.internal.people;

/** A participant as lists show them: name (the registry's, else the account's), NIP if any, unit name if any. */
public record Participant(String name, String nip, String unit) {
}
