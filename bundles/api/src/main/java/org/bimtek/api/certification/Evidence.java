package org.bimtek.api.certification;

import java.time.Instant;

/**
 * What a certificate records of one met requirement, frozen at issue time.
 *
 * @param kind what it is: {@code course}, {@code quiz}, {@code certificate}, or a module's own kind
 * @param reference the id of the thing (course id, quiz id, certificate number)
 * @param title its title as it was at issue time
 * @param score a score in percent where one applies (a quiz), else null
 * @param achievedAt when it was achieved, if known
 */
public record Evidence(String kind, String reference, String title, Double score, Instant achievedAt) {
}
