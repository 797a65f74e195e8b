package org.bimtek.course.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

@Component(service = ProgressService.class)
public final class ProgressServiceImpl implements ProgressService {

    private final Database database;

    @Activate
    public ProgressServiceImpl(@Reference Database database,
            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.bimtek.course)") Schema schema) {
        this.database = database;
    }

    @Override
    public void opened(long userId, String courseId, String lessonId) {
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
    }

    @Override
    public void completed(long userId, String courseId, String lessonId) {
        Instant now = Instant.now();
        database.inTransaction(c -> {
            insertIgnoringDuplicate(c, "INSERT INTO course_lesson_progress (user_id, course_id, lesson_id, opened_at) VALUES (?, ?, ?, ?)",
                    userId, courseId, lessonId, now);
            update(c, "UPDATE course_lesson_progress SET completed_at = ? WHERE user_id = ? AND course_id = ? AND lesson_id = ?"
                    + " AND completed_at IS NULL", now, userId, courseId, lessonId);
            return null;
        });
    }

    @Override
    public CourseProgress progress(long userId, Course course) {
        return progress(userId, Set.of(course)).get(course.id());
    }

    @Override
    public Map<String, CourseProgress> progress(long userId, Collection<Course> courses) {
        Map<String, Set<String>> opened = new HashMap<>();
        Map<String, Set<String>> completed = new HashMap<>();
        Map<String, String> resume = new HashMap<>();
        database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT course_id, lesson_id, completed_at FROM course_lesson_progress WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        opened.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                        if (rs.getTimestamp(3) != null) {
                            completed.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
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
        Map<String, CourseProgress> result = new HashMap<>();
        for (Course course : courses) {
            Set<String> current = new HashSet<>(course.lessons().stream().map(Lesson::id).toList());
            Set<String> done = new HashSet<>(completed.getOrDefault(course.id(), Set.of()));
            // Lessons a newer version dropped do not count; the percentage is of today's lessons.
            done.retainAll(current);
            int percent = current.isEmpty() ? 0 : (int) Math.floor(100.0 * done.size() / current.size());
            String resumeAt = resume.get(course.id());
            result.put(course.id(), new CourseProgress(course.id(), opened.getOrDefault(course.id(), Set.of()),
                    completed.getOrDefault(course.id(), Set.of()), current.contains(resumeAt) ? resumeAt : null, percent));
        }
        return result;
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** An insert that another request may have made first: portable "insert if absent". */
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
