package org.bimtek.practice.internal.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.course.Text;

/**
 * How an instructor scores a task: criteria, each with levels worth points; {@code passPoints} is the total below
 * which the work should go back for revision.
 */
public record Rubric(int passPoints, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** One criterion and its levels, points strictly increasing from 0. */
    public record Criterion(String id, Text title, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }

        public int maxPoints() {
            return levels.get(levels.size() - 1).points();
        }

        public Optional<Level> level(int points) {
            return levels.stream().filter(l -> l.points() == points).findFirst();
        }
    }

    /** A level of a criterion: what the work shows, and what it is worth. */
    public record Level(int points, Text description) {
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /**
     * The total of a reviewer's scores, one level's points per criterion; refuses a missing criterion, an unknown one,
     * or points that are not one of the criterion's levels.
     */
    public int score(Map<String, Integer> scores) {
        for (String id : scores.keySet()) {
            if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                throw new IllegalArgumentException("Kriteria tidak dikenal: " + id);
            }
        }
        int total = 0;
        for (Criterion c : criteria) {
            Integer points = scores.get(c.id());
            if (points == null) {
                throw new IllegalArgumentException("Nilai untuk kriteria '" + c.title().id() + "' belum diisi.");
            }
            if (c.level(points).isEmpty()) {
                throw new IllegalArgumentException("Nilai " + points + " bukan salah satu tingkat kriteria '" + c.title().id() + "'.");
            }
            total += points;
        }
        return total;
    }
}
