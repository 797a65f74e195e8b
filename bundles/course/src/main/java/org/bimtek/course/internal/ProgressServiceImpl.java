package org.bimtek.course.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseProgress;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.ProgressService;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.api.storage.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.bimtek.api.learning.LearningEvents;

/**
 * Progress in the database, read through a short-lived per-learner cache. Every write
 * goes to the database first and then drops the learner's cached state, so the database
 * is always the truth; the cache only spares the queries of the most common request,
 * reading a lesson again. Another node's writes show here within {@link #CACHE_TIME}.
 */
@Component(service = ProgressService.class)
public final class ProgressServiceImpl implements ProgressService {

    static final Duration CACHE_TIME = Duration.ofSeconds(10);
    private static final int CACHE_LIMIT = 100_000;

    /** One learner's progress in every course: lesson keys are "course/lesson". */
    private record State(Set<String> opened, Set<String> completed, Map<String, String> resume, long loadedAt) {
    }

    private final Database database;
    private final Map<Long, State> cache = new ConcurrentHashMap<>();
    /** Told after a lesson is newly completed, for what builds on progress (the certification ladder). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public ProgressServiceImpl(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.course)") Schema schema) {
        this.database = database;
    }

    @Override
    public boolean opened(long userId, String courseId, String lessonId) {
        State state = state(userId);
        String key = courseId + "/" + lessonId;
        if (state.opened().contains(key) && lessonId.equals(state.resume().get(courseId))) {
            return state.completed().contains(key); // reading a lesson again changes nothing
        }
        Instant now = Instant.now();
        database.inTransaction(c -> {
            insertIgnoringDuplicate(c, "INSERT INTO course_lesson_progress (user_id, course_id, lesson_id, opened_at) VALUES (?, ?, ?, ?)",
                    userId, courseId, lessonId, now);
            if (update(c, "UPDATE course_resume SET lesson_id = ?, updated_at = ? WHERE user_id = ? AND course_id = ?",
                    lessonId, now, userId, courseId) == 0) {
                insertIgnoringDuplicate(c, "INSERT INTO course_resume (user_id, course_id, lesson_id, updated_at) VALUES (?, ?, ?, ?)",
                        userId, courseId, lessonId, now);
            }
            return null;
        });
        cache.remove(userId);
        return state.completed().contains(key);
    }

    @Override
    public void completed(long userId, String courseId, String lessonId) {
        Instant now = Instant.now();
        int changed = database.inTransaction(c -> {
            insertIgnoringDuplicate(c, "INSERT INTO course_lesson_progress (user_id, course_id, lesson_id, opened_at) VALUES (?, ?, ?, ?)",
                    userId, courseId, lessonId, now);
            return update(c, "UPDATE course_lesson_progress SET completed_at = ? WHERE user_id = ? AND course_id = ? AND lesson_id = ?"
                    + " AND completed_at IS NULL", now, userId, courseId, lessonId);
        });
        cache.remove(userId);
        EventAdmin admin = events;
        if (changed > 0 && admin != null) {
            admin.postEvent(new Event(LearningEvents.LESSON_COMPLETED, Map.of(LearningEvents.USER_ID, userId, LearningEvents.COURSE_ID, courseId)));
        }
    }

    @Override
    public CourseProgress progress(long userId, Course course) {
        return progress(userId, Set.of(course)).get(course.id());
    }

    @Override
    public Map<String, CourseProgress> progress(long userId, Collection<Course> courses) {
        State state = state(userId);
        Map<String, CourseProgress> result = new HashMap<>();
        for (Course course : courses) {
            Set<String> opened = new HashSet<>();
            Set<String> completed = new HashSet<>();
            for (Lesson lesson : course.lessons()) {
                String key = course.id() + "/" + lesson.id();
                if (state.opened().contains(key)) {
                    opened.add(lesson.id());
                }
                if (state.completed().contains(key)) {
                    completed.add(lesson.id());
                }
            }
            // Only today's lessons count: a lesson a newer version dropped is not in the percentage.
            int lessons = course.lessons().size();
            int percent = lessons == 0 ? 0 : (int) Math.floor(100.0 * completed.size() / lessons);
            String resumeAt = state.resume().get(course.id());
            result.put(course.id(), new CourseProgress(course.id(), opened, completed,
                    course.lesson(resumeAt == null ? "" : resumeAt).isPresent() ? resumeAt : null, percent));
        }
        return result;
    }

    private State state(long userId) {
        long now = System.nanoTime();
        State cached = cache.get(userId);
        if (cached != null && now - cached.loadedAt() < CACHE_TIME.toNanos()) {
            return cached;
        }
        State loaded = load(userId, now);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(userId, loaded);
        return loaded;
    }

    private State load(long userId, long now) {
        Set<String> opened = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Map<String, String> resume = new HashMap<>();
        database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT course_id, lesson_id, completed_at FROM course_lesson_progress WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1) + "/" + rs.getString(2);
                        opened.add(key);
                        if (rs.getTimestamp(3) != null) {
                            completed.add(key);
                        }
                    }
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT course_id, lesson_id FROM course_resume WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        resume.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
        return new State(Set.copyOf(opened), Set.copyOf(completed), Map.copyOf(resume), now);
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** An insert that another request may have made first: a portable "insert if absent". */
    private static void insertIgnoringDuplicate(Connection c, String sql, Object... parameters) throws SQLException {
        java.sql.Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            c.rollback(savepoint);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Instant instant) {
                JdbcTime.set(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
