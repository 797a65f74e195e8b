package org.bimtek.quiz.internal.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Fisher-Yates over a copy; {@code Collections.shuffle} takes a {@code java.util.Random} only before Java 21. */
final class Shuffle {

    private Shuffle() {
    }

    /** A shuffled copy of {@code list}, or a plain copy when {@code random} is null (the quiz does not shuffle). */
    static <T> List<T> of(List<T> list, RandomGenerator random) {
        List<T> copy = new ArrayList<>(list);
        if (random != null) {
            for (int i = copy.size() - 1; i > 0; i--) {
                Collections.swap(copy, i, random.nextInt(i + 1));
            }
        }
        return copy;
    }
}
