package org.bimtek.certification.internal.ladder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.RequirementType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link RequirementType} service, by name: the built-in ones and those a module registers later. A
 * requirement whose type is not (or no longer) installed is simply not met, with a line saying so.
 */
@Component(service = RequirementTypes.class)
public final class RequirementTypes {

    private static final Logger LOG = LoggerFactory.getLogger(RequirementTypes.class);
    private final Map<String, RequirementType> byName = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void add(RequirementType type) {
        byName.put(type.name(), type);
    }

    public void remove(RequirementType type) {
        byName.remove(type.name(), type);
    }

    public Optional<RequirementType> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Why the requirement cannot be evaluated as configured, or empty. */
    public Optional<String> problem(RequirementSpec spec) {
        RequirementType type = byName.get(spec.type());
        return type == null ? Optional.of("jenis persyaratan '" + spec.type() + "' belum terpasang") : type.check(spec.parameters());
    }

    public Evaluation evaluate(long userId, RequirementSpec spec, Locale locale) {
        RequirementType type = byName.get(spec.type());
        if (type == null) {
            return Evaluation.missing(spec.toString(), Words.of(locale, "Jenis persyaratan ini belum terpasang di server.",
                    "This kind of requirement is not installed on the server."), null);
        }
        Optional<String> problem = type.check(spec.parameters());
        if (problem.isPresent()) {
            return Evaluation.missing(spec.toString(), Words.of(locale, "Persyaratan salah diatur: ", "Requirement misconfigured: ")
                    + problem.get(), null);
        }
        try {
            return type.evaluate(userId, spec.parameters(), locale);
        } catch (RuntimeException e) {
            // A module's fault must not hide the rest of the ladder: this requirement is just not met for now.
            LOG.warn("Requirement {} failed for user {}", spec, userId, e);
            return Evaluation.missing(spec.toString(), Words.of(locale, "Tidak dapat diperiksa saat ini; coba lagi nanti.",
                    "Cannot be checked right now; try again later."), null);
        }
    }
}
