package org.bimtek.api.certification;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of requirement on the certification ladder. The ladder's configuration names a type and gives it
 * parameters, e.g. {@code quiz-passed quiz=kuis-penulisan-berita-dasar minScore=70}; the certification
 * bundle finds the type among the services registered with {@link #TYPE_PROPERTY} set to its name. Built in:
 * {@code course-completed}, {@code quiz-passed} and {@code tier-held}; a module adds its own by registering
 * one more, without a change to the certification bundle.
 */
@ConsumerType
public interface RequirementType {

    /** Service property naming the type, the same as {@link #name()}. */
    String TYPE_PROPERTY = "bimtek.requirement.type";

    /** The name the ladder's configuration uses, e.g. {@code course-completed}. */
    String name();

    /** What is wrong with these parameters (a missing or malformed one), or empty when they are usable. */
    Optional<String> check(Map<String, String> parameters);

    /**
     * Whether the trainee meets the requirement now, with a line saying what it asks, what is missing, a link
     * to where to do it, and the evidence to record on a certificate when it is met. Reads only; must not throw
     * for a trainee who has done nothing yet.
     */
    Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale);
}
