package org.bimtek.certification.internal.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseModule;
import org.bimtek.api.course.CourseProgress;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.Media;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.ProgressService;
import org.bimtek.api.course.RenderedLesson;
import org.bimtek.api.course.Text;
import org.bimtek.api.course.Tier;
import org.bimtek.api.quiz.QuizResult;
import org.bimtek.api.quiz.QuizResults;
import org.junit.jupiter.api.Test;

/** The built-in requirement types against stand-ins of the course and quiz services they read. */
class BuiltInRequirementsTest {

    static final Locale ID = Locale.forLanguageTag("id");
    static final Course COURSE = new Course("berita", "1.0.0", new Text("Penulisan Berita", "News Writing"), "berita", Tier.DASAR,
            new Text("", ""), List.of(new CourseModule("m", new Text("M", "M"), List.of(new Lesson("satu", new Text("1", "1"), "1.md", 5),
                    new Lesson("dua", new Text("2", "2"), "2.md", 5)))), "org.bimtek.course.berita");

    /** The catalogue with or without the course; progress as the test sets it. */
    static final class Courses implements CourseCatalog, ProgressService {
        boolean installed = true;
        final Set<String> completed = new HashSet<>();

        @Override
        public List<Course> courses() {
            return installed ? List.of(COURSE) : List.of();
        }

        @Override
        public Optional<Course> course(String courseId) {
            return courses().stream().filter(c -> c.id().equals(courseId)).findFirst();
        }

        @Override
        public Optional<RenderedLesson> lesson(String courseId, String lessonId) {
            return Optional.empty();
        }

        @Override
        public Optional<Media> media(String courseId, String path) {
            return Optional.empty();
        }

        @Override
        public Map<String, List<Problem>> problems() {
            return Map.of();
        }

        @Override
        public boolean opened(long userId, String courseId, String lessonId) {
            return false;
        }

        @Override
        public void completed(long userId, String courseId, String lessonId) {
            completed.add(lessonId);
        }

        @Override
        public CourseProgress progress(long userId, Course course) {
            return new CourseProgress(course.id(), completed, completed, null, 100 * completed.size() / course.lessons().size());
        }

        @Override
        public Map<String, CourseProgress> progress(long userId, Collection<Course> courses) {
            Map<String, CourseProgress> result = new HashMap<>();
            courses.forEach(c -> result.put(c.id(), progress(userId, c)));
            return result;
        }
    }

    /** Quiz results as the test sets them. */
    static final class Results implements QuizResults {
        final Map<String, QuizResult> byQuiz = new HashMap<>();

        @Override
        public Optional<QuizResult> result(long userId, String quizId) {
            return Optional.ofNullable(byQuiz.get(quizId));
        }

        @Override
        public List<QuizResult> results(long userId) {
            return List.copyOf(byQuiz.values());
        }

        void set(double score, boolean passed, boolean pending) {
            byQuiz.put("kuis-berita", new QuizResult(7, "kuis-berita", "berita", score, passed, pending, 1, Instant.parse("2026-11-01T02:00:00Z"),
                    passed ? Instant.parse("2026-11-01T02:00:00Z") : null));
        }
    }

    @Test
    void courseCompletedCountsEveryLessonOfTheInstalledVersion() {
        Courses courses = new Courses();
        CourseCompletedRequirement type = new CourseCompletedRequirement(courses, courses);
        Map<String, String> parameters = Map.of("course", "berita");
        courses.completed.add("satu");
        Evaluation half = type.evaluate(7, parameters, ID);
        assertFalse(half.met());
        assertEquals("1 dari 2 pelajaran belum selesai", half.missing());
        assertEquals("/kursus/berita", half.link());
        courses.completed.add("dua");
        Evaluation done = type.evaluate(7, parameters, ID);
        assertTrue(done.met());
        assertEquals("course", done.evidence().kind());
        assertEquals("Penulisan Berita", done.evidence().title());
        courses.installed = false;
        assertFalse(type.evaluate(7, parameters, ID).met(), "an uninstalled course cannot be completed now");
        assertTrue(type.check(Map.of()).isPresent());
    }

    @Test
    void quizPassedNeedsThePassMarkAndTheMinimumScore() {
        Courses courses = new Courses();
        Results results = new Results();
        QuizPassedRequirement type = new QuizPassedRequirement(results, courses);
        Map<String, String> parameters = Map.of("quiz", "kuis-berita", "minScore", "70");
        assertEquals("Belum dikerjakan", type.evaluate(7, parameters, ID).missing());
        results.set(65, true, false);
        Evaluation low = type.evaluate(7, parameters, ID);
        assertFalse(low.met(), "passed the quiz but below the ladder's minimum");
        assertEquals("Nilai saat ini 65", low.missing());
        results.set(90, false, true);
        assertEquals("Menunggu penilaian instruktur", type.evaluate(7, parameters, ID).missing());
        results.set(70, true, false);
        Evaluation met = type.evaluate(7, parameters, ID);
        assertTrue(met.met());
        assertEquals(70.0, met.evidence().score());
        assertEquals("Lulus kuis Penulisan Berita dengan nilai minimal 70", met.label());
        courses.installed = false;
        assertTrue(type.evaluate(7, parameters, ID).met(), "results outlive the course bundle");
        assertTrue(type.check(Map.of("quiz", "k", "minScore", "tujuh")).isPresent());
        assertTrue(type.check(Map.of("quiz", "k", "minScore", "120")).isPresent());
        assertTrue(type.check(Map.of("minScore", "70")).isPresent());
    }

    @Test
    void anUnknownTypeOrAFailingTypeIsNotMetAndSaysWhy() {
        RequirementTypes types = new RequirementTypes();
        Evaluation unknown = types.evaluate(7, new RequirementSpec("hadir-acara", Map.of()), ID);
        assertFalse(unknown.met());
        assertEquals("Jenis persyaratan ini belum terpasang di server.", unknown.missing());
        types.add(new org.bimtek.api.certification.RequirementType() {
            @Override
            public String name() {
                return "rusak";
            }

            @Override
            public Optional<String> check(Map<String, String> parameters) {
                return Optional.empty();
            }

            @Override
            public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
                throw new IllegalStateException("boom");
            }
        });
        assertFalse(types.evaluate(7, new RequirementSpec("rusak", Map.of()), ID).met());
    }
}
