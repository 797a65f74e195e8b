package org.bimtek.quiz.internal.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bimtek.api.quiz.QuestionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The question types registered right now, by name: the eight built in, and any a later bundle adds.
 * A type that goes away leaves its questions ungradable until it returns; they wait for an instructor.
 */
@Component(service = QuestionTypes.class)
public final class QuestionTypes {

    private final Map<String, QuestionType> byName = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(QuestionType type) {
        byName.put(type.name(), type);
    }

    void remove(QuestionType type) {
        byName.remove(type.name(), type);
    }

    public Optional<QuestionType> type(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** For tests: a registry of the given types. */
    static QuestionTypes of(QuestionType... types) {
        QuestionTypes registry = new QuestionTypes();
        for (QuestionType type : types) {
            registry.add(type);
        }
        return registry;
    }
}
